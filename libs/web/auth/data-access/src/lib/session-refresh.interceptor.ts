import { HttpContextToken, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { isApiError } from '@sce/web-shared-data-access';
import { catchError, switchMap, throwError } from 'rxjs';
import { AuthApi } from './auth.api';
import { SessionStore } from './session.store';

/** Set on the one retry of a request, so a second SESSION_EXPIRED is passed on, not refreshed. */
const RETRIED_AFTER_REFRESH = new HttpContextToken<boolean>(() => false);

/**
 * When an API call answers 401 SESSION_EXPIRED (the 15-minute access cookie has run out), renews
 * the session once and repeats the call. If the renewal fails the visitor is signed out and the
 * original error is passed on. Never for the refresh call itself, and never twice for one call.
 */
export const sessionRefreshInterceptor: HttpInterceptorFn = (request, next) => {
  const api = inject(AuthApi);
  if (
    request.context.get(RETRIED_AFTER_REFRESH) ||
    api.isRefreshUrl(request.url)
  ) {
    return next(request);
  }
  const session = inject(SessionStore);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (!isApiError(error, 401, 'SESSION_EXPIRED')) {
        return throwError(() => error);
      }
      return session.refresh().pipe(
        catchError(() => throwError(() => error)),
        switchMap(() =>
          next(
            request.clone({
              context: request.context.set(RETRIED_AFTER_REFRESH, true),
            }),
          ),
        ),
      );
    }),
  );
};
