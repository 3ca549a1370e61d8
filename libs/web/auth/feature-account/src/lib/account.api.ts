import { HttpClient, HttpXsrfTokenExtractor } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  OrganisationPage,
  RegisterRequest,
  VerifyEmailResult,
} from '@sce/shared-contracts';
import { AuthApi } from '@sce/web-auth-data-access';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { defer, map, switchMap, type Observable } from 'rxjs';

/** Calls behind creating and confirming an account. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly auth = inject(AuthApi);
  private readonly xsrfTokens = inject(HttpXsrfTokenExtractor);

  /** The first page of organisations a person can belong to (the demo has 10). */
  organisations(): Observable<OrganisationPage> {
    return this.http.get<OrganisationPage>(`${this.baseUrl}/organisations`, {
      params: { limit: 100 },
    });
  }

  /** 202 with a message, also for an address that is already known. */
  register(request: RegisterRequest): Observable<{ message: string }> {
    return this.withCsrfToken(() =>
      this.http.post<{ message: string }>(
        `${this.baseUrl}/auth/register`,
        request,
      ),
    );
  }

  /** 200 with the account's status, or 400 LINK_INVALID. */
  verify(token: string): Observable<VerifyEmailResult> {
    return this.withCsrfToken(() =>
      this.http.post<VerifyEmailResult>(`${this.baseUrl}/auth/verify`, {
        token,
      }),
    );
  }

  /** 202 with a message, whether or not the address is known. */
  forgotPassword(email: string): Observable<{ message: string }> {
    return this.withCsrfToken(() =>
      this.http.post<{ message: string }>(
        `${this.baseUrl}/auth/password/forgot`,
        { email },
      ),
    );
  }

  /** 204, or 400 LINK_INVALID / VALIDATION_FAILED. */
  resetPassword(token: string, password: string): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .post(`${this.baseUrl}/auth/password/reset`, { token, password })
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
