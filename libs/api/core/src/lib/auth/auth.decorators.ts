import { type ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { Permission } from '@sce/shared-contracts';
import type { Request } from 'express';
import type { Viewer } from './viewer';

/** Every route states who may call it with exactly one of these; a test fails for a route without. */
export const ACCESS_POLICY = 'sce:access-policy';
export type AccessPolicy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; permission: Permission };

/** Visitors may call it; the viewer is still resolved when a session is present. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
/** Any signed-in, active user may call it. */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);
/** Signed-in users whose global role grants the permission (object rules are the service's policy). */
export const RequirePermission = (permission: Permission) => SetMetadata(ACCESS_POLICY, { kind: 'permission', permission } satisfies AccessPolicy);

export interface RequestWithViewer extends Request {
  viewer?: Viewer | null;
}

/** The caller: a Viewer on signed-in routes, `Viewer | null` on public ones. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null => {
  return context.switchToHttp().getRequest<RequestWithViewer>().viewer ?? null;
});
