import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BookmarkPage,
  CreatePostRequest,
  Post,
  PostPage,
  PostRevision,
  ReactionKind,
  ReactionsResult,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { map, type Observable } from 'rxjs';
import { csrfWrapper } from './csrf';

const id = (value: string) => encodeURIComponent(value);

/**
 * REST calls of replies: the reply tree, writing, editing and deleting posts, revisions,
 * reactions, accepted answers, bookmarks, the Markdown preview, and the moderators' hide,
 * restore, approve and reject.
 */
@Injectable({ providedIn: 'root' })
export class PostsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly withCsrf = csrfWrapper();

  /**
   * A page of the reply tree, depth first, down to a readable depth. With `root` the branch
   * under that post (the post itself first): "continue this thread".
   */
  list(
    threadId: string,
    options: { root?: string | null; cursor?: string | null } = {},
  ): Observable<PostPage> {
    let params = new HttpParams();
    if (options.root) params = params.set('root', options.root);
    if (options.cursor) params = params.set('cursor', options.cursor);
    return this.http.get<PostPage>(
      `${this.baseUrl}/threads/${id(threadId)}/posts`,
      { params },
    );
  }

  /** One post (a permalink). */
  get(postId: string): Observable<Post> {
    return this.http.get<Post>(`${this.baseUrl}/posts/${id(postId)}`);
  }

  /** Replies to the thread, or to a post with `parentId`; `quotePostId` quotes a post above it. */
  create(threadId: string, request: CreatePostRequest): Observable<Post> {
    return this.withCsrf(() =>
      this.http.post<Post>(
        `${this.baseUrl}/threads/${id(threadId)}/posts`,
        request,
      ),
    );
  }

  update(postId: string, body: string): Observable<Post> {
    return this.withCsrf(() =>
      this.http.patch<Post>(`${this.baseUrl}/posts/${id(postId)}`, { body }),
    );
  }

  /** Deletes a post: it stays in the tree as "deleted", with its replies. */
  remove(postId: string): Observable<void> {
    return this.withCsrf(() =>
      this.http
        .delete(`${this.baseUrl}/posts/${id(postId)}`)
        .pipe(map(() => undefined)),
    );
  }

  /**
   * Hides a post (the community's moderators): its text stays for the author and the
   * moderators, with the reason. 409 when it is hidden already.
   */
  hide(postId: string, reason: string | null): Observable<Post> {
    return this.moderate(`posts/${id(postId)}/hide`, reason);
  }

  /** Shows a hidden post again (the community's moderators); 409 when it is not hidden. */
  restore(postId: string, reason: string | null): Observable<Post> {
    return this.moderate(`posts/${id(postId)}/restore`, reason);
  }

  /** Approves a new member's waiting post: it is shown and announced; 409 when it is not waiting. */
  approve(postId: string): Observable<Post> {
    return this.moderate(`moderation/queue/${id(postId)}/approve`, null);
  }

  /** Refuses a new member's waiting post with a reason its author sees. */
  reject(postId: string, reason: string | null): Observable<Post> {
    return this.moderate(`moderation/queue/${id(postId)}/reject`, reason);
  }

  /** Every version of a post, newest first. */
  revisions(postId: string): Observable<PostRevision[]> {
    return this.http.get<PostRevision[]>(
      `${this.baseUrl}/posts/${id(postId)}/revisions`,
    );
  }

  /** Adds (`on`) or takes back a reaction; answers with the post's new counts. */
  react(
    postId: string,
    kind: ReactionKind,
    on: boolean,
  ): Observable<ReactionsResult> {
    const url = `${this.baseUrl}/posts/${id(postId)}/reactions/${kind}`;
    return this.withCsrf(() =>
      on
        ? this.http.put<ReactionsResult>(url, null)
        : this.http.delete<ReactionsResult>(url),
    );
  }

  /** Marks a reply as the accepted answer to a question, or clears it with null. */
  accept(threadId: string, postId: string | null): Observable<void> {
    const base = `${this.baseUrl}/threads/${id(threadId)}/accept`;
    return this.withCsrf(() =>
      (postId
        ? this.http.post(`${base}/${id(postId)}`, null)
        : this.http.delete(base)
      ).pipe(map(() => undefined)),
    );
  }

  bookmarkThread(threadId: string, on: boolean): Observable<void> {
    return this.bookmark(`threads/${id(threadId)}`, on);
  }

  bookmarkPost(postId: string, on: boolean): Observable<void> {
    return this.bookmark(`posts/${id(postId)}`, on);
  }

  /** The signed-in person's bookmarks, newest first (keyset pages). */
  bookmarks(cursor: string | null): Observable<BookmarkPage> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<BookmarkPage>(`${this.baseUrl}/users/me/bookmarks`, {
      params,
    });
  }

  /** Markdown rendered exactly as the API would store it. */
  preview(body: string): Observable<string> {
    return this.withCsrf(() =>
      this.http
        .post<{ bodyHtml: string }>(`${this.baseUrl}/markdown/preview`, {
          body,
        })
        .pipe(map((answer) => answer.bodyHtml)),
    );
  }

  /** A moderator's action on a post, with the optional reason its author is told. */
  private moderate(path: string, reason: string | null): Observable<Post> {
    const text = reason?.trim() ?? '';
    return this.withCsrf(() =>
      this.http.post<Post>(
        `${this.baseUrl}/${path}`,
        text ? { reason: text } : {},
      ),
    );
  }

  private bookmark(path: string, on: boolean): Observable<void> {
    const url = `${this.baseUrl}/${path}/bookmark`;
    return this.withCsrf(() =>
      (on ? this.http.put(url, null) : this.http.delete(url)).pipe(
        map(() => undefined),
      ),
    );
  }
}
