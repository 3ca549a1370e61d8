import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateThreadRequest,
  ThreadDetail,
  ThreadKind,
  ThreadPage,
  UpdateThreadRequest,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { map, type Observable } from 'rxjs';
import { csrfWrapper } from './csrf';

/** What a community's thread list is filtered by; null filters nothing. */
export interface ThreadFilter {
  kind: ThreadKind | null;
  tag: string | null;
}

/** REST calls of threads: /api/communities/:slug/threads, /api/threads and /api/threads/:id. */
@Injectable({ providedIn: 'root' })
export class ThreadsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly withCsrf = csrfWrapper();

  /** A community's threads, pinned first, then by last activity (keyset pages). */
  list(
    slug: string,
    filter: ThreadFilter,
    cursor: string | null,
  ): Observable<ThreadPage> {
    let params = new HttpParams();
    if (filter.kind) params = params.set('kind', filter.kind);
    if (filter.tag) params = params.set('tag', filter.tag);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<ThreadPage>(
      `${this.baseUrl}/communities/${encodeURIComponent(slug)}/threads`,
      { params },
    );
  }

  /** The latest threads across every community the caller may read. */
  latest(cursor: string | null): Observable<ThreadPage> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<ThreadPage>(`${this.baseUrl}/threads`, { params });
  }

  /** One thread; opening it marks it read for a signed-in caller. 404 when unknown or unreadable. */
  get(id: string): Observable<ThreadDetail> {
    return this.http.get<ThreadDetail>(
      `${this.baseUrl}/threads/${encodeURIComponent(id)}`,
    );
  }

  /** Starts a thread; 400 VALIDATION_FAILED with field errors, 403 NOT_A_MEMBER / RESEARCH_NOT_ALLOWED. */
  create(slug: string, request: CreateThreadRequest): Observable<ThreadDetail> {
    return this.withCsrf(() =>
      this.http.post<ThreadDetail>(
        `${this.baseUrl}/communities/${encodeURIComponent(slug)}/threads`,
        request,
      ),
    );
  }

  /** Edits the content (author or moderator) or pins and locks (moderators). */
  update(id: string, patch: UpdateThreadRequest): Observable<ThreadDetail> {
    return this.withCsrf(() =>
      this.http.patch<ThreadDetail>(
        `${this.baseUrl}/threads/${encodeURIComponent(id)}`,
        patch,
      ),
    );
  }

  /** Locks (no more replies) or unlocks a thread (the community's moderators). */
  setLocked(id: string, locked: boolean): Observable<ThreadDetail> {
    return this.action(id, locked ? 'lock' : 'unlock', null);
  }

  /** Pins a thread to the top of its community, or unpins it (the community's moderators). */
  setPinned(id: string, pinned: boolean): Observable<ThreadDetail> {
    return this.action(id, pinned ? 'pin' : 'unpin', null);
  }

  /**
   * Moves a thread to the community with this slug (moderators of both; global moderators
   * anywhere); 404 for an unknown community, 403 where the caller does not moderate.
   */
  move(id: string, community: string, reason: string | null): Observable<ThreadDetail> {
    const text = reason?.trim() ?? '';
    return this.action(id, 'move', { community, ...(text ? { reason: text } : {}) });
  }

  /** At least `seconds` between one person's posts in the thread; 0 turns slow mode off. */
  setSlowMode(id: string, seconds: number): Observable<ThreadDetail> {
    return this.action(id, 'slow-mode', { seconds });
  }

  remove(id: string): Observable<void> {
    return this.withCsrf(() =>
      this.http
        .delete(`${this.baseUrl}/threads/${encodeURIComponent(id)}`)
        .pipe(map(() => undefined)),
    );
  }

  private action(id: string, name: string, body: object | null): Observable<ThreadDetail> {
    return this.withCsrf(() =>
      this.http.post<ThreadDetail>(
        `${this.baseUrl}/threads/${encodeURIComponent(id)}/${name}`,
        body,
      ),
    );
  }
}
