import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Router, type CanActivateFn } from '@angular/router';
import { filter, map, take } from 'rxjs';
import { SessionStore } from './session.store';

/**
 * For pages only signed-in people may see: waits until the session is known, then lets them
 * through or sends the visitor to /sign-in?returnUrl=<the page they asked for>.
 */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return toObservable(session.status).pipe(
    filter((status) => status !== 'unknown'),
    take(1),
    map((status) =>
      status === 'signed-in'
        ? true
        : router.createUrlTree(['/sign-in'], {
            queryParams: { returnUrl: state.url },
          }),
    ),
  );
};
