import { createHmac, timingSafeEqual } from 'node:crypto';
import { type NotificationType, notificationTypes } from '@sce/shared-contracts';

export type UnsubscribeScope = NotificationType | 'digest';

/**
 * One-click unsubscribe links: the person and the mail type, signed with the server's secret, so
 * the link works without signing in and cannot be forged for someone else or another type.
 */
export function signUnsubscribe(secret: string, userId: string, scope: UnsubscribeScope): string {
  const payload = `${userId}.${scope}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, payload)}`;
}

export function verifyUnsubscribe(secret: string, token: string): { userId: string; scope: UnsubscribeScope } | null {
  const [encoded, signature, ...rest] = token.split('.');
  if (!encoded || !signature || rest.length > 0) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, scope] = payload.split('.');
  if (!userId || !/^[0-9a-f-]{36}$/.test(userId) || !scope) return null;
  if (scope !== 'digest' && !(notificationTypes as readonly string[]).includes(scope)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', `unsubscribe:${secret}`).update(payload).digest('base64url');
}
