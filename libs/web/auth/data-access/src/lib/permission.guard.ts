import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RedirectCommand, Router, type CanActivateFn } from '@angular/router';
import type { Permission } from '@sce/shared-contracts';
import { filter, map, take } from 'rxjs';
import { SessionStore } from './session.store';

/**
 * For pages only some roles may use: waits until the session is known, then lets through a
 * person with at least one of `permissions`; sends a visitor to /sign-in?returnUrl=<the page they
 * asked for>; and shows a signed-in person without the permission the page at `notAllowedUrl`,
 * keeping the address they asked for in the location bar.
 */
export function permissionGuard(
  permissions: Permission | readonly Permission[],
  notAllowedUrl = '/not-allowed',
): CanActivateFn {
  const anyOf: readonly Permission[] = Array.isArray(permissions)
    ? permissions
    : [permissions as Permission];
  return (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    return toObservable(session.status).pipe(
      filter((status) => status !== 'unknown'),
      take(1),
      map((status) => {
        if (status !== 'signed-in') {
          return router.createUrlTree(['/sign-in'], {
            queryParams: { returnUrl: state.url },
          });
        }
        if (anyOf.some((permission) => session.hasPermission(permission))) {
          return true;
        }
        return new RedirectCommand(router.parseUrl(notAllowedUrl), {
          browserUrl: state.url,
        });
      }),
    );
  };
}
