import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { SessionStore } from './session.store';

/**
 * Looks up the session at start-up, without holding up the first render: until it answers the
 * status is `unknown` (the header shows no account control, `signedInGuard` waits).
 * Register `sessionRefreshInterceptor` with `withInterceptors` as well.
 */
export function provideSession(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      inject(SessionStore).load();
    }),
  ]);
}
