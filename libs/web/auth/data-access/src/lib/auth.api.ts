import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginRequest, SessionUser, SsoInfo } from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { map, type Observable } from 'rxjs';

/** REST calls of /api/auth. The session itself travels in httpOnly cookies. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** The signed-in person; 401 UNAUTHENTICATED when there is no session. */
  me(): Observable<SessionUser> {
    return this.http.get<SessionUser>(`${this.baseUrl}/auth/me`);
  }

  login(request: LoginRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>(`${this.baseUrl}/auth/login`, request);
  }

  /** Rotates the refresh cookie and issues a new access cookie; 401 when the session ended. */
  refresh(): Observable<SessionUser> {
    return this.http.post<SessionUser>(`${this.baseUrl}/auth/refresh`, null);
  }

  logout(): Observable<void> {
    return this.http
      .post(`${this.baseUrl}/auth/logout`, null)
      .pipe(map(() => undefined));
  }

  /** Whether single sign-on is offered, and the provider's name. */
  ssoInfo(): Observable<SsoInfo> {
    return this.http.get<SsoInfo>(`${this.baseUrl}/auth/oidc`);
  }

  /** A full-page navigation target: the API redirects to the provider and back. */
  ssoStartUrl(options: { returnTo?: string; link?: boolean }): string {
    const params = new URLSearchParams();
    if (options.returnTo) params.set('returnTo', options.returnTo);
    if (options.link) params.set('link', 'true');
    const query = params.toString();
    return `${this.baseUrl}/auth/oidc/start${query ? `?${query}` : ''}`;
  }

  /** Sets the XSRF-TOKEN cookie that state-changing requests must echo. */
  csrf(): Observable<void> {
    return this.http
      .get(`${this.baseUrl}/auth/csrf`)
      .pipe(map(() => undefined));
  }

  /** True for the request that refreshes the session (it must never trigger a refresh itself). */
  isRefreshUrl(url: string): boolean {
    return url === `${this.baseUrl}/auth/refresh`;
  }
}
