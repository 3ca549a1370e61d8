import {
  FetchBackend,
  HttpBackend,
  HttpClient,
  HttpXhrBackend,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  EnvironmentInjector,
  InjectionToken,
  createEnvironmentInjector,
  inject,
} from '@angular/core';
import { sessionRefreshInterceptor } from '@sce/web-auth-data-access';

/**
 * The HttpClient that uploads files. The app talks to the API with `fetch` (`withFetch()`), which
 * cannot tell how much of a request body has been sent; uploads go through XMLHttpRequest
 * instead, which reports upload progress and aborts when unsubscribed. Same interceptors: the
 * XSRF header and the session refresh. Under any other backend (tests) it is the app's client.
 */
export const UPLOAD_HTTP_CLIENT = new InjectionToken<HttpClient>(
  'UPLOAD_HTTP_CLIENT',
  {
    providedIn: 'root',
    factory: () => {
      if (!(inject(HttpBackend) instanceof FetchBackend)) {
        return inject(HttpClient);
      }
      return createEnvironmentInjector(
        [
          provideHttpClient(withInterceptors([sessionRefreshInterceptor])),
          { provide: HttpBackend, useExisting: HttpXhrBackend },
        ],
        inject(EnvironmentInjector),
      ).get(HttpClient);
    },
  },
);
