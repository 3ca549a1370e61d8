import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleHasPermission } from '@sce/shared-contracts';
import { DomainError } from '../errors/domain-error';
import { ACCESS_POLICY, type AccessPolicy, type RequestWithViewer } from './auth.decorators';
import { AuthErrorCode, AuthError } from './auth.errors';
import { Authenticator } from './authenticator';

/**
 * The global guard: authenticates every HTTP request, then applies the route's access policy.
 * A route without a policy is refused, so forgetting one fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new DomainError('ROUTE_WITHOUT_POLICY', 500, 'This route has no access policy.');
    const request = context.switchToHttp().getRequest<RequestWithViewer>();
    const viewer = await this.authenticator.authenticate(request);
    request.viewer = viewer;
    if (policy.kind === 'public') return true;
    if (!viewer) throw new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'Sign in to do this.');
    if (policy.kind === 'permission' && !roleHasPermission(viewer.role, policy.permission)) {
      throw new AuthError(AuthErrorCode.FORBIDDEN, 403, 'Your role does not allow this.');
    }
    return true;
  }
}
