import {
  HttpClient,
  HttpParams,
  HttpXsrfTokenExtractor,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommunityDetail,
  CommunityPage,
  CreateCommunityRequest,
  MemberPage,
  MembershipRole,
  UpdateCommunityRequest,
} from '@sce/shared-contracts';
import { AuthApi } from '@sce/web-auth-data-access';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { defer, map, switchMap, type Observable } from 'rxjs';

/** Which members a list shows: requests and invitations are for the community's moderators. */
export type MemberListState = 'active' | 'requested' | 'invited';

/** REST calls for communities and their memberships. */
@Injectable({ providedIn: 'root' })
export class CommunitiesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly auth = inject(AuthApi);
  private readonly xsrfTokens = inject(HttpXsrfTokenExtractor);

  /** One keyset page of the communities the caller may see; pass `nextCursor` for the next one. */
  list(cursor?: string | null): Observable<CommunityPage> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<CommunityPage>(`${this.baseUrl}/communities`, {
      params,
    });
  }

  /** A community, its moderators and what the caller may do there; 404 when hidden or unknown. */
  detail(slug: string): Observable<CommunityDetail> {
    return this.http.get<CommunityDetail>(this.url(slug));
  }

  /** Administrators: 400 with field errors, 409 SLUG_TAKEN at `body.slug`. */
  create(request: CreateCommunityRequest): Observable<CommunityDetail> {
    return this.withCsrfToken(() =>
      this.http.post<CommunityDetail>(`${this.baseUrl}/communities`, request),
    );
  }

  /** Administrators: the community after the change. */
  update(
    slug: string,
    patch: UpdateCommunityRequest,
  ): Observable<CommunityDetail> {
    return this.withCsrfToken(() =>
      this.http.patch<CommunityDetail>(this.url(slug), patch),
    );
  }

  /** The community's moderators: at least `seconds` between one person's posts in any of its threads; 0 turns slow mode off. */
  setSlowMode(slug: string, seconds: number): Observable<CommunityDetail> {
    return this.withCsrfToken(() =>
      this.http.post<CommunityDetail>(`${this.url(slug)}/slow-mode`, { seconds }),
    );
  }

  /** Joins an open community, asks to join one that takes requests, or accepts an invitation. */
  join(slug: string): Observable<CommunityDetail> {
    return this.withCsrfToken(() =>
      this.http.post<CommunityDetail>(`${this.url(slug)}/join`, null),
    );
  }

  /** Leaves, withdraws a request or declines an invitation. */
  leave(slug: string): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .post(`${this.url(slug)}/leave`, null)
        .pipe(map(() => undefined)),
    );
  }

  /** Members (longest-standing first), or — for moderators — requests or invitations. */
  members(
    slug: string,
    state: MemberListState,
    cursor: string | null,
  ): Observable<MemberPage> {
    let params = new HttpParams().set('state', state);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<MemberPage>(`${this.url(slug)}/members`, { params });
  }

  /** Accepts a request to join (the community's moderators). */
  approve(slug: string, userId: string): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .post(`${this.memberUrl(slug, userId)}/approve`, null)
        .pipe(map(() => undefined)),
    );
  }

  /** Removes a member, refuses a request or withdraws an invitation (the community's moderators). */
  removeMember(slug: string, userId: string): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .delete(this.memberUrl(slug, userId), { body: {} })
        .pipe(map(() => undefined)),
    );
  }

  /** Invites someone (the community's moderators); a pending request is accepted instead. */
  invite(slug: string, userId: string): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .post(`${this.url(slug)}/invitations`, { userId })
        .pipe(map(() => undefined)),
    );
  }

  /** Appoints an active member as community moderator, or back to member (administrators). */
  setRole(
    slug: string,
    userId: string,
    role: MembershipRole,
  ): Observable<void> {
    return this.withCsrfToken(() =>
      this.http
        .put(`${this.memberUrl(slug, userId)}/role`, { role })
        .pipe(map(() => undefined)),
    );
  }

  private url(slug: string): string {
    return `${this.baseUrl}/communities/${encodeURIComponent(slug)}`;
  }

  private memberUrl(slug: string, userId: string): string {
    return `${this.url(slug)}/members/${encodeURIComponent(userId)}`;
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
