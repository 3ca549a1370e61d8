import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminUser,
  AuditPage,
  CommunityPage,
  CommunitySummary,
  CreateFlagRequest,
  FlagPage,
  FlagReason,
  FlagState,
  FlagView,
  ModeratorRef,
  QueuePage,
  SuspendUserRequest,
  UpdateFlagRequest,
  Warning,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { EMPTY, expand, map, reduce, type Observable } from 'rxjs';
import { csrfWrapper } from './csrf';

/**
 * What the flag queue is filtered by on the server; null filters nothing. `assignee` is a
 * moderator's id, or `none` for the flags nobody has taken.
 */
export interface FlagFilter {
  state: FlagState;
  community: string | null;
  reason?: FlagReason | null;
  assignee?: string | null;
}

/** What the moderation audit trail is filtered by; empty values filter nothing. */
export interface ModerationAuditFilter {
  action: string;
  targetType: string;
  targetId: string;
  actorId: string;
}

const id = (value: string) => encodeURIComponent(value);

function params(
  values: Readonly<Record<string, string | null | undefined>>,
  cursor: string | null,
): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value) {
      result = result.set(name, value);
    }
  }
  return cursor ? result.set('cursor', cursor) : result;
}

/**
 * REST calls of moderation: flags (anyone signed in raises one; moderators work the queue), the
 * queue of new members' posts, warnings, and the audit trail. Hiding posts and the thread
 * actions are calls of the threads data-access (`PostsApi`, `ThreadsApi`).
 */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly withCsrf = csrfWrapper();

  /** 409 ALREADY_FLAGGED when the caller has an open flag on it; 404 when they cannot see it. */
  flag(request: CreateFlagRequest): Observable<FlagView> {
    return this.withCsrf(() =>
      this.http.post<FlagView>(`${this.baseUrl}/flags`, request),
    );
  }

  /** The flag queue, newest first (keyset pages); 403 for people who moderate nothing. */
  flags(filter: FlagFilter, cursor: string | null): Observable<FlagPage> {
    return this.http.get<FlagPage>(`${this.baseUrl}/moderation/flags`, {
      params: params(
        {
          state: filter.state,
          community: filter.community,
          reason: filter.reason,
          assignee: filter.assignee,
        },
        cursor,
      ),
    });
  }

  /** State, assignee (a moderator of the flag's community, or null) and internal note. */
  updateFlag(flagId: string, patch: UpdateFlagRequest): Observable<FlagView> {
    return this.withCsrf(() =>
      this.http.patch<FlagView>(
        `${this.baseUrl}/moderation/flags/${id(flagId)}`,
        patch,
      ),
    );
  }

  /** Who may be assigned the flags of a community (its moderators, then the global ones); 403 for non-moderators. */
  moderators(community: string): Observable<ModeratorRef[]> {
    return this.http.get<ModeratorRef[]>(`${this.baseUrl}/moderation/moderators`, {
      params: params({ community }, null),
    });
  }

  /** New members' posts waiting for approval, oldest first (keyset pages). */
  queue(cursor: string | null): Observable<QueuePage> {
    return this.http.get<QueuePage>(`${this.baseUrl}/moderation/queue`, {
      params: params({}, cursor),
    });
  }

  /** The signed-in person's warnings, those still to acknowledge first. */
  warnings(): Observable<Warning[]> {
    return this.http.get<Warning[]>(`${this.baseUrl}/users/me/warnings`);
  }

  acknowledge(warningId: string): Observable<Warning> {
    return this.withCsrf(() =>
      this.http.post<Warning>(
        `${this.baseUrl}/users/me/warnings/${id(warningId)}/acknowledge`,
        null,
      ),
    );
  }

  /** A private message the person must acknowledge; 400 at `body.message` (10-2000 characters). */
  warn(userId: string, message: string): Observable<Warning> {
    return this.withCsrf(() =>
      this.http.post<Warning>(`${this.baseUrl}/users/${id(userId)}/warn`, {
        message,
      }),
    );
  }

  /**
   * Suspends someone (global moderators and admins); 400 at `body.reason` (3-1000 characters)
   * or `body.until` (a future instant; none: until lifted).
   */
  suspend(userId: string, request: SuspendUserRequest): Observable<AdminUser> {
    return this.withCsrf(() =>
      this.http.post<AdminUser>(`${this.baseUrl}/users/${id(userId)}/suspend`, request),
    );
  }

  /** The audit trail, newest first (global moderators and admins); 400 for a malformed filter. */
  audit(
    filter: ModerationAuditFilter,
    cursor: string | null,
  ): Observable<AuditPage> {
    return this.http.get<AuditPage>(`${this.baseUrl}/moderation/audit`, {
      params: params(
        {
          action: filter.action.trim(),
          targetType: filter.targetType.trim(),
          targetId: filter.targetId.trim(),
          actorId: filter.actorId.trim(),
        },
        cursor,
      ),
    });
  }

  /** Every community the caller may see, with their membership (all keyset pages). */
  communities(): Observable<CommunitySummary[]> {
    const page = (cursor: string | null) =>
      this.http.get<CommunityPage>(`${this.baseUrl}/communities`, {
        params: params({ limit: '100' }, cursor),
      });
    return page(null).pipe(
      expand((result) => (result.nextCursor ? page(result.nextCursor) : EMPTY)),
      map((result) => result.items),
      reduce((all, items) => [...all, ...items], [] as CommunitySummary[]),
    );
  }
}
