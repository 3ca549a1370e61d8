import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Bookmark } from '@sce/shared-contracts';
import { BookmarksStore, bookmarkId } from './bookmarks.store';
import { THREAD_ID, uuid } from './fixtures.spec-helper';

const threadBookmark: Bookmark = {
  threadId: THREAD_ID,
  threadTitle: 'Which licence?',
  community: { slug: 'open-data', name: 'Open Data' },
  postId: null,
  excerpt: 'Which licence?',
  createdAt: '2026-11-03T10:00:00.000Z',
};
const postBookmark: Bookmark = {
  ...threadBookmark,
  postId: uuid(5),
  excerpt: 'CC0',
};

describe('BookmarksStore', () => {
  let store: BookmarksStore;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), BookmarksStore],
    });
    store = TestBed.inject(BookmarksStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('gives thread and post bookmarks ids of their own', () => {
    expect(bookmarkId(threadBookmark)).toBe(`thread-${THREAD_ID}`);
    expect(bookmarkId(postBookmark)).toBe(uuid(5));
  });

  it('loads the bookmarks and removes one after the API agreed', () => {
    store.load();
    http
      .expectOne('/api/users/me/bookmarks')
      .flush({ items: [threadBookmark, postBookmark], nextCursor: null });
    expect(store.list.items().map((b) => b.id)).toEqual([
      `thread-${THREAD_ID}`,
      uuid(5),
    ]);

    const [, post] = store.list.items();
    store.remove(post).subscribe();
    expect(store.list.items()).toHaveLength(2);
    const request = http.expectOne(`/api/posts/${uuid(5)}/bookmark`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    expect(store.list.items().map((b) => b.id)).toEqual([`thread-${THREAD_ID}`]);
  });
});
