import { Injectable, inject } from '@angular/core';
import type { Bookmark } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { map, tap, type Observable } from 'rxjs';
import { PostsApi } from './posts.api';

/** A bookmark with an id of its own: the post's, or `thread-<id>` for a whole thread. */
export type BookmarkItem = Bookmark & { id: string };

export const bookmarkId = (bookmark: Bookmark): string =>
  bookmark.postId ?? `thread-${bookmark.threadId}`;

/** The signed-in person's bookmarks, newest first (keyset pages). Provide it at the route. */
@Injectable()
export class BookmarksStore {
  private readonly api = inject(PostsApi);

  readonly list = new KeysetList<BookmarkItem>((_query, cursor) =>
    this.api.bookmarks(cursor).pipe(
      map((page) => ({
        items: page.items.map((bookmark) => ({
          ...bookmark,
          id: bookmarkId(bookmark),
        })),
        nextCursor: page.nextCursor,
      })),
    ),
  );

  load(): void {
    this.list.load();
  }

  /** Removes the bookmark; it leaves the list when the API has answered. */
  remove(bookmark: BookmarkItem): Observable<void> {
    const request =
      bookmark.postId === null
        ? this.api.bookmarkThread(bookmark.threadId, false)
        : this.api.bookmarkPost(bookmark.postId, false);
    return request.pipe(tap(() => this.list.remove(bookmark.id)));
  }
}
