import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CommunityPage, CommunitySummary } from '@sce/shared-contracts';
import { CommunitiesStore } from './communities.store';

function aCommunity(
  n: number,
  overrides: Partial<CommunitySummary> = {},
): CommunitySummary {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: `community-${n}`,
    name: `Community ${n}`,
    description: `Description ${n}`,
    visibility: 'public',
    joinPolicy: 'open',
    memberCount: n,
    threadCount: n * 2,
    lastActivityAt: null,
    membership: null,
    ...overrides,
  };
}

function page(
  items: CommunitySummary[],
  nextCursor: string | null,
): CommunityPage {
  return { items, nextCursor };
}

describe('CommunitiesStore', () => {
  let store: CommunitiesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        CommunitiesStore,
      ],
    });
    store = TestBed.inject(CommunitiesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts idle and empty', () => {
    expect(store.status()).toBe('idle');
    expect(store.items()).toEqual([]);
    expect(store.hasMore()).toBe(false);
  });

  it('loads the first page from GET /api/communities', () => {
    store.load();
    expect(store.status()).toBe('loading');

    const request = http.expectOne('/api/communities');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.has('cursor')).toBe(false);
    request.flush(page([aCommunity(1), aCommunity(2)], 'c2'));

    expect(store.status()).toBe('loaded');
    expect(store.items().map((c) => c.name)).toEqual([
      'Community 1',
      'Community 2',
    ]);
    expect(store.hasMore()).toBe(true);
  });

  it('appends the next page with ?cursor= and stops at the last page', () => {
    store.load();
    http
      .expectOne('/api/communities')
      .flush(page([aCommunity(1), aCommunity(2)], 'c2'));

    store.loadMore();
    expect(store.loadingMore()).toBe(true);
    store.loadMore(); // ignored while a page is loading
    const request = http.expectOne('/api/communities?cursor=c2');
    request.flush(page([aCommunity(2), aCommunity(3)], null));

    expect(store.items().map((c) => c.name)).toEqual([
      'Community 1',
      'Community 2',
      'Community 3',
    ]);
    expect(store.loadingMore()).toBe(false);
    expect(store.hasMore()).toBe(false);

    store.loadMore(); // no next page: no request
    http.expectNone(() => true);
  });

  it('reports a failed first load and recovers on retry', () => {
    store.load();
    http
      .expectOne('/api/communities')
      .flush({ code: 'INTERNAL' }, { status: 500, statusText: 'Server Error' });
    expect(store.status()).toBe('error');

    store.load();
    http.expectOne('/api/communities').flush(page([aCommunity(1)], null));
    expect(store.status()).toBe('loaded');
    expect(store.items()).toHaveLength(1);
  });

  it('keeps the loaded items when loading more fails', () => {
    store.load();
    http.expectOne('/api/communities').flush(page([aCommunity(1)], 'c1'));

    store.loadMore();
    http
      .expectOne('/api/communities?cursor=c1')
      .error(new ProgressEvent('error'));

    expect(store.status()).toBe('loaded');
    expect(store.items()).toHaveLength(1);
    expect(store.loadMoreFailed()).toBe(true);
    expect(store.hasMore()).toBe(true);
  });
});
