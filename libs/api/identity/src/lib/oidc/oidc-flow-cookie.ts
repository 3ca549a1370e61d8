import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the browser carries from the start of a sign-in at the provider to its callback. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path inside the app to return to. */
  returnTo: string;
  /** Set when a signed-in person links a provider account to their own account. */
  linkUserId: string | null;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export const OIDC_FLOW_COOKIE = 'sce_oidc';
export const OIDC_FLOW_TTL_MS = 10 * 60 * 1000;

const sign = (payload: string, secret: string): string => createHmac('sha256', secret).update(`oidc-flow.${payload}`).digest('base64url');

/** The flow as a cookie value, signed so the browser cannot change it. */
export function sealOidcFlow(flow: OidcFlow, secret: string): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The flow, or null when the cookie is missing, tampered with or expired. */
export function openOidcFlow(value: string | undefined, secret: string, now = Date.now()): OidcFlow | null {
  if (!value) return null;
  const [payload, signature, ...rest] = value.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcFlow;
    return typeof flow.expiresAt === 'number' && flow.expiresAt > now ? flow : null;
  } catch {
    return null;
  }
}
