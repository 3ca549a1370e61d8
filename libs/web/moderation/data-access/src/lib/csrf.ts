import { HttpXsrfTokenExtractor } from '@angular/common/http';
import { inject } from '@angular/core';
import { AuthApi } from '@sce/web-auth-data-access';
import { defer, switchMap, type Observable } from 'rxjs';

/**
 * Wraps state-changing requests: Angular only sends X-XSRF-TOKEN once the XSRF-TOKEN cookie
 * exists, so when it does not yet, the cookie is fetched first. Create in an injection context.
 */
export function csrfWrapper(): <T>(request: () => Observable<T>) => Observable<T> {
  const tokens = inject(HttpXsrfTokenExtractor);
  const auth = inject(AuthApi);
  return <T>(request: () => Observable<T>) =>
    defer(() =>
      tokens.getToken() ? request() : auth.csrf().pipe(switchMap(request)),
    );
}
