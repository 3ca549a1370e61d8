import { HttpXsrfTokenExtractor } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import type { Permission, SessionUser } from '@sce/shared-contracts';
import { isApiError } from '@sce/web-shared-data-access';
import {
  catchError,
  defer,
  finalize,
  of,
  shareReplay,
  switchMap,
  tap,
  throwError,
  type Observable,
} from 'rxjs';
import { AuthApi } from './auth.api';

/** `unknown` until the first check of the session has answered. */
export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
}

/**
 * Remembers in localStorage that this browser signed in. The session cookies are httpOnly, so
 * this is the only way to know, before asking, that asking is worthwhile: visitors who never
 * signed in then start without a `GET /api/auth/me` that can only answer 401.
 */
export const SESSION_HINT_STORAGE_KEY = 'sce.session';

/**
 * Who is signed in. `load()` asks the API once at start-up; `login()` and `logout()` change the
 * session; `refresh()` renews it (used by the session refresh interceptor).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly xsrfTokens = inject(HttpXsrfTokenExtractor);
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;
  private readonly state = signal<SessionState>({
    status: 'unknown',
    user: null,
  });
  private refreshing: Observable<SessionUser> | null = null;

  readonly status = computed(() => this.state().status);
  readonly user = computed(() => this.state().user);
  readonly signedIn = computed(() => this.state().user !== null);
  private readonly permissions = computed(
    () => new Set<string>(this.state().user?.permissions ?? []),
  );

  /** Whether the signed-in person's role allows this; false when signed out. Reactive. */
  hasPermission(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  /**
   * Finds out who is signed in. When the access cookie has gone (it lives 15 minutes) but the
   * refresh cookie may still be valid, the session is renewed once.
   */
  load(): void {
    if (!this.hinted()) {
      this.setSignedOut();
      return;
    }
    this.api
      .me()
      .pipe(
        catchError((error: unknown) =>
          // SESSION_EXPIRED was already refreshed (or not) by the interceptor.
          isApiError(error, 401) && !isApiError(error, 401, 'SESSION_EXPIRED')
            ? this.refresh()
            : throwError(() => error),
        ),
      )
      .subscribe({
        next: (user) => this.setSignedIn(user),
        error: (error: unknown) =>
          // Only a 401 says the session is gone; after a network failure the next visit asks again.
          this.setSignedOut(isApiError(error, 401)),
      });
  }

  /** Signs in; errors are the API's (401 INVALID_CREDENTIALS, 403 ACCOUNT_…, 400 …). */
  login(email: string, password: string): Observable<SessionUser> {
    return this.withCsrfToken(() => this.api.login({ email, password })).pipe(
      tap((user) => this.setSignedIn(user)),
    );
  }

  /** Ends the session. A 401 means it had already ended, which is just as good. */
  logout(): Observable<void> {
    return this.withCsrfToken(() => this.api.logout()).pipe(
      catchError((error: unknown) =>
        isApiError(error, 401) ? of(undefined) : throwError(() => error),
      ),
      tap(() => this.setSignedOut()),
    );
  }

  /**
   * Renews the session once; callers that ask while a renewal runs share it. When it fails the
   * visitor is signed out and the error passed on.
   */
  refresh(): Observable<SessionUser> {
    this.refreshing ??= this.api.refresh().pipe(
      tap({
        next: (user) => this.setSignedIn(user),
        error: (error: unknown) => this.setSignedOut(isApiError(error, 401)),
      }),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  /**
   * Keeps the signed-in person in step after they changed their own account (display name,
   * language, …), so the header shows the new name without asking the API again. Does nothing
   * when signed out.
   */
  updateUser(changes: Partial<SessionUser>): void {
    const user = this.state().user;
    if (user !== null) {
      this.state.set({ status: 'signed-in', user: { ...user, ...changes } });
    }
  }

  /** Marks the visitor signed out without asking the API (e.g. after a 401 elsewhere). */
  setSignedOut(forgetHint = true): void {
    this.state.set({ status: 'signed-out', user: null });
    if (forgetHint) {
      this.writeHint(false);
    }
  }

  private setSignedIn(user: SessionUser): void {
    this.state.set({ status: 'signed-in', user });
    this.writeHint(true);
  }

  /**
   * Angular only sends X-XSRF-TOKEN when the XSRF-TOKEN cookie exists, and the API sets it on
   * any /api request; a visitor who opened /sign-in directly may not have made one yet.
   */
  private withCsrfToken<T>(request: () => Observable<T>): Observable<T> {
    return defer(() =>
      this.xsrfTokens.getToken()
        ? request()
        : this.api.csrf().pipe(switchMap(request)),
    );
  }

  private hinted(): boolean {
    try {
      return this.storage?.getItem(SESSION_HINT_STORAGE_KEY) === '1';
    } catch {
      return false;
    }
  }

  private writeHint(signedIn: boolean): void {
    try {
      if (signedIn) {
        this.storage?.setItem(SESSION_HINT_STORAGE_KEY, '1');
      } else {
        this.storage?.removeItem(SESSION_HINT_STORAGE_KEY);
      }
    } catch {
      // Storage may be disabled; the session then is not looked up on the next visit.
    }
  }
}
