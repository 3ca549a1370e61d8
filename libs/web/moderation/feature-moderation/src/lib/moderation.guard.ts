import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RedirectCommand, Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import { ModerationAccess } from '@sce/web-moderation-data-access';
import { filter, map, switchMap, take } from 'rxjs';

/** Where people who moderate nothing are shown why (the address bar keeps theirs). */
export const MODERATION_NOT_ALLOWED_URL = '/moderation/not-allowed';

/**
 * The dashboard is for people who moderate something: global moderators and admins, and
 * community moderators. Visitors are sent to sign in; anyone else sees the not-allowed page.
 */
export const moderatorGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const access = inject(ModerationAccess);
  const router = inject(Router);
  const known = toObservable(access.known);
  return toObservable(session.status).pipe(
    filter((status) => status !== 'unknown'),
    take(1),
    switchMap((status) => {
      if (status === 'signed-in') {
        access.load();
      }
      return known.pipe(
        filter((isKnown) => isKnown),
        take(1),
        map(() => {
          if (!session.signedIn()) {
            return router.createUrlTree(['/sign-in'], {
              queryParams: { returnUrl: state.url },
            });
          }
          return access.canModerate()
            ? true
            : new RedirectCommand(router.parseUrl(MODERATION_NOT_ALLOWED_URL), {
                browserUrl: state.url,
              });
        }),
      );
    }),
  );
};
