import { HttpClient, HttpXsrfTokenExtractor } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccessToken,
  Accepted,
  ChangeEmailRequest,
  ChangePasswordRequest,
  CreateAccessTokenRequest,
  CreatedAccessToken,
  OwnProfile,
  ProfilePatch,
  SessionUser,
} from '@sce/shared-contracts';
import { AuthApi } from '@sce/web-auth-data-access';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { defer, map, switchMap, type Observable } from 'rxjs';

/** The REST calls behind the settings pages: /api/users/me and its password, email and tokens. */
@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly auth = inject(AuthApi);
  private readonly xsrfTokens = inject(HttpXsrfTokenExtractor);

  /** Your own account and profile. */
  profile(): Observable<OwnProfile> {
    return this.http.get<OwnProfile>(`${this.baseUrl}/users/me`);
  }

  /** The whole profile after the change, or 400 VALIDATION_FAILED with field errors. */
  updateProfile(patch: ProfilePatch): Observable<OwnProfile> {
    return this.withCsrfToken(() =>
      this.http.patch<OwnProfile>(`${this.baseUrl}/users/me`, patch),
    );
  }

  /**
   * The signed-in person; every other session has ended and this one starts afresh (new cookies).
   * 400 VALIDATION_FAILED at `body.currentPassword` when it is wrong, at `body.newPassword` when
   * the new one is refused.
   */
  changePassword(request: ChangePasswordRequest): Observable<SessionUser> {
    return this.withCsrfToken(() =>
      this.http.post<SessionUser>(`${this.baseUrl}/users/me/password`, request),
    );
  }

  /** 202: a link went to the new address (the same answer when that address is taken). */
  changeEmail(request: ChangeEmailRequest): Observable<Accepted> {
    return this.withCsrfToken(() =>
      this.http.post<Accepted>(`${this.baseUrl}/users/me/email`, request),
    );
  }

  /** 204 when the new address is confirmed, or 400/409 LINK_INVALID. Needs no session. */
  confirmEmail(token: string): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .post(`${this.baseUrl}/users/email/confirm`, { token })
        .pipe(map(() => undefined)),
    );
  }

  /** Your live personal access tokens, newest first, without their secrets. */
  accessTokens(): Observable<AccessToken[]> {
    return this.http.get<AccessToken[]>(`${this.baseUrl}/users/me/tokens`);
  }

  /** The new token with its secret, which is never shown again. */
  createAccessToken(
    request: CreateAccessTokenRequest,
  ): Observable<CreatedAccessToken> {
    return this.withCsrfToken(() =>
      this.http.post<CreatedAccessToken>(
        `${this.baseUrl}/users/me/tokens`,
        request,
      ),
    );
  }

  /** 204, or 404 when the token does not exist (any more). */
  revokeAccessToken(id: string): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .delete(`${this.baseUrl}/users/me/tokens/${encodeURIComponent(id)}`)
        .pipe(map(() => undefined)),
    );
  }

  /** Angular only sends X-XSRF-TOKEN once the XSRF-TOKEN cookie exists. */
  private withCsrfToken<T>(request: () => Observable<T>): Observable<T> {
    return defer(() =>
      this.xsrfTokens.getToken()
        ? request()
        : this.auth.csrf().pipe(switchMap(request)),
    );
  }
}
