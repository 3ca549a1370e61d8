import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Bookmark, SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { bookmarksRoutes } from '../bookmarks.routes';

const threadId = '11111111-1111-4111-8111-111111111111';
const postId = '22222222-2222-4222-8222-222222222222';
const jonas: SessionUser = {
  id: '33333333-3333-4333-8333-333333333333',
  email: 'jonas.weber@example.org',
  displayName: 'Jonas Weber',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/Berlin',
  organisationId: '44444444-4444-4444-8444-444444444444',
  permissions: [],
};
const threadBookmark: Bookmark = {
  threadId,
  threadTitle: 'Which licence?',
  community: { slug: 'open-data', name: 'Open Data & Interoperability' },
  postId: null,
  excerpt: 'Which licence do you use?',
  createdAt: '2026-11-03T10:00:00.000Z',
};
const postBookmark: Bookmark = { ...threadBookmark, postId, excerpt: 'We use CC0.' };
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('Bookmarks', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'bookmarks', children: bookmarksRoutes },
          { path: 'sign-in', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends visitors to sign in', async () => {
    TestBed.inject(SessionStore).load();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/bookmarks');
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fbookmarks');
  });

  it('lists bookmarks with links, and removes one', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(jonas);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/bookmarks');
    http
      .expectOne('/api/users/me/bookmarks')
      .flush({ items: [postBookmark, threadBookmark], nextCursor: null });
    await harness.fixture.whenStable();

    expect(main().querySelector('h1')?.textContent).toBe('Bookmarks');
    const links = Array.from(main().querySelectorAll('li h2 a'));
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'A reply in “Which licence?”',
      'Which licence?',
    ]);
    expect(links[0].getAttribute('href')).toBe(`/threads/${threadId}?post=${postId}`);
    expect(links[1].getAttribute('href')).toBe(`/threads/${threadId}`);

    const remove = main().querySelector<HTMLButtonElement>(
      'button[aria-label="Remove the bookmark of “Which licence?”"]',
    );
    remove?.click();
    const request = http.expectOne(`/api/posts/${postId}/bookmark`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    await tick();
    expect(main().querySelectorAll('li h2 a')).toHaveLength(1);
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('bookmarks.removed');
    expect(document.activeElement?.id).toBe(`bookmark-thread-${threadId}-link`);
  });

  it('says when there are none', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(jonas);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/bookmarks');
    http.expectOne('/api/users/me/bookmarks').flush({ items: [], nextCursor: null });
    await harness.fixture.whenStable();
    expect(main().textContent).toContain('You have no bookmarks yet.');
  });
});
