import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SearchHit, SearchResult } from '@sce/shared-contracts';
import { emptySearchFilters } from './search-filters';
import { SearchPageStore } from './search-page.store';

function aHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    type: 'thread',
    id: 'thread-1',
    title: 'Parkeervergunning aanvragen met DigiD',
    snippetHtml: 'Onze <mark>gemeente</mark> wil…',
    language: 'nl',
    date: '2026-11-18T09:12:00.000Z',
    community: { slug: 'identity', name: 'Digital Identity' },
    author: { id: 'person-1', displayName: 'Lotte Janssens' },
    organisation: {
      id: 'org-1',
      name: 'Province of West Flanders',
      country: 'BE',
    },
    threadId: null,
    postNumber: null,
    tags: [],
    score: 0.4,
    ...overrides,
  };
}

function aResult(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    items: [aHit()],
    nextCursor: null,
    facets: {
      type: [{ value: 'thread', label: 'thread', count: 1 }],
      community: [{ value: 'identity', label: 'Digital Identity', count: 1 }],
      country: [{ value: 'BE', label: 'BE', count: 1 }],
    },
    total: 1,
    totalCapped: false,
    ...overrides,
  };
}

describe('SearchPageStore', () => {
  let store: SearchPageStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        SearchPageStore,
      ],
    });
    store = TestBed.inject(SearchPageStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the query with the filters that are set', () => {
    store.load({
      ...emptySearchFilters,
      q: 'gemeenten',
      country: 'BE',
      from: '2026-01-01',
    });
    expect(store.status()).toBe('loading');
    http
      .expectOne('/api/search?q=gemeenten&country=BE&from=2026-01-01')
      .flush(aResult({ total: 3 }));
    expect(store.status()).toBe('loaded');
    expect(store.items()).toHaveLength(1);
    expect(store.total()).toBe(3);
    expect(store.facets().country[0]?.value).toBe('BE');
  });

  it('asks nothing for a blank query', () => {
    store.load({ ...emptySearchFilters, q: '  ' });
    http.expectNone(() => true);
    expect(store.status()).toBe('idle');
  });

  it('appends the next page after the cursor', () => {
    store.load({ ...emptySearchFilters, q: 'wallet' });
    http.expectOne('/api/search?q=wallet').flush(aResult({ nextCursor: 'c1' }));
    expect(store.hasMore()).toBe(true);
    store.loadMore();
    expect(store.loadingMore()).toBe(true);
    http
      .expectOne('/api/search?q=wallet&cursor=c1')
      .flush(aResult({ items: [aHit({ id: 'thread-2' })], nextCursor: null }));
    expect(store.items().map((hit) => hit.id)).toEqual([
      'thread-1',
      'thread-2',
    ]);
    expect(store.hasMore()).toBe(false);
    expect(store.loadingMore()).toBe(false);
  });

  it('keeps the results when the next page fails', () => {
    store.load({ ...emptySearchFilters, q: 'wallet' });
    http.expectOne('/api/search?q=wallet').flush(aResult({ nextCursor: 'c1' }));
    store.loadMore();
    http
      .expectOne('/api/search?q=wallet&cursor=c1')
      .flush(null, { status: 502, statusText: 'Bad Gateway' });
    expect(store.items()).toHaveLength(1);
    expect(store.moreFailed()).toBe(true);
  });

  it('tells a query the API refuses (400) from a failure', () => {
    store.load({ ...emptySearchFilters, q: 'x' });
    http.expectOne('/api/search?q=x').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'query.q', message: 'must contain something to search for' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(store.status()).toBe('invalid');
    expect(store.problem()?.errors?.[0]?.field).toBe('query.q');

    store.load({ ...emptySearchFilters, q: 'y' });
    http
      .expectOne('/api/search?q=y')
      .flush(null, { status: 500, statusText: 'Server Error' });
    expect(store.status()).toBe('error');
    expect(store.problem()).toBeNull();
  });

  it('drops the answer to an older search', () => {
    store.load({ ...emptySearchFilters, q: 'first' });
    const first = http.expectOne('/api/search?q=first');
    store.load({ ...emptySearchFilters, q: 'second' });
    expect(first.cancelled).toBe(true);
    http.expectOne('/api/search?q=second').flush(aResult());
    expect(store.filters().q).toBe('second');
  });

  it('sends the author, organisation and tag filters', () => {
    store.load({
      ...emptySearchFilters,
      q: 'wallet',
      type: 'thread',
      author: 'person-1',
      organisation: 'org-1',
      tag: 'open data',
    });
    http
      .expectOne(
        '/api/search?q=wallet&type=thread&author=person-1&organisation=org-1&tag=open%20data',
      )
      .flush(aResult());
    expect(store.status()).toBe('loaded');
  });

  it('names an author or organisation filter after the first result that matches', () => {
    store.load({
      ...emptySearchFilters,
      q: 'wallet',
      author: 'person-2',
      organisation: 'org-1',
      tag: 'eidas',
    });
    // Known from nothing yet: no names.
    expect(store.refinements()).toEqual([
      { refinement: 'author', value: 'person-2', name: null },
      { refinement: 'organisation', value: 'org-1', name: null },
      { refinement: 'tag', value: 'eidas', name: 'eidas' },
    ]);
    http
      .expectOne(
        '/api/search?q=wallet&author=person-2&organisation=org-1&tag=eidas',
      )
      .flush(
        aResult({
          items: [
            aHit({ author: null }),
            aHit({
              id: 'thread-2',
              author: { id: 'person-2', displayName: 'Pieter de Vries' },
            }),
          ],
        }),
      );
    expect(store.refinements().map((chip) => chip.name)).toEqual([
      'Pieter de Vries',
      'Province of West Flanders',
      'eidas',
    ]);
  });

  it('keeps the names results gave while a narrower search loads, and when it finds nothing', () => {
    store.load({ ...emptySearchFilters, q: 'wallet' });
    http.expectOne('/api/search?q=wallet').flush(aResult());
    expect(store.refinements()).toEqual([]);

    store.load({ ...emptySearchFilters, q: 'wallet', author: 'person-1' });
    expect(store.refinements()).toEqual([
      { refinement: 'author', value: 'person-1', name: 'Lotte Janssens' },
    ]);
    http
      .expectOne('/api/search?q=wallet&author=person-1')
      .flush(aResult({ items: [], total: 0 }));
    store.load({ ...emptySearchFilters, q: 'zzzz', author: 'person-1' });
    http
      .expectOne('/api/search?q=zzzz&author=person-1')
      .flush(aResult({ items: [], total: 0 }));
    expect(store.refinements()[0]?.name).toBe('Lotte Janssens');
  });
});
