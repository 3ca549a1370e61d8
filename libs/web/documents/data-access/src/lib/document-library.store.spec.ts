import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DocumentLibraryStore, matchesFilter } from './document-library.store';
import { THREAD_ID, aDocument } from './fixtures.spec-helper';

const url = '/api/communities/digital-identity/documents';

describe('DocumentLibraryStore', () => {
  let http: HttpTestingController;
  let store: DocumentLibraryStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        DocumentLibraryStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(DocumentLibraryStore);
  });

  afterEach(() => http.verify());

  it('loads a filtered first page, then more with the cursor', () => {
    store.load({ slug: 'digital-identity', type: 'pdf', tag: null });
    const first = http.expectOne((r) => r.url === url);
    expect(first.request.params.get('type')).toBe('pdf');
    first.flush({ items: [aDocument({ id: 'a' })], nextCursor: 'c1' });
    expect(store.documents.items().map((d) => d.id)).toEqual(['a']);

    store.documents.loadMore();
    const more = http.expectOne((r) => r.url === url);
    expect(more.request.params.get('cursor')).toBe('c1');
    more.flush({ items: [aDocument({ id: 'b' })], nextCursor: null });
    expect(store.documents.items().map((d) => d.id)).toEqual(['a', 'b']);
    expect(store.documents.hasMore()).toBe(false);
  });

  it('puts a new or changed document first, when it matches the filters', () => {
    store.load({
      slug: 'digital-identity',
      type: null,
      tag: null,
      threadId: THREAD_ID,
    });
    http
      .expectOne((r) => r.url === url)
      .flush({
        items: [
          aDocument({ id: 'a', threadId: THREAD_ID }),
          aDocument({ id: 'b', threadId: THREAD_ID }),
        ],
        nextCursor: null,
      });

    store.added(aDocument({ id: 'c', threadId: null }));
    store.added(aDocument({ id: 'b', threadId: THREAD_ID, title: 'Changed' }));
    expect(store.documents.items().map((d) => [d.id, d.title])).toEqual([
      ['b', 'Changed'],
      ['a', 'Survey report'],
    ]);
    store.removed('a');
    expect(store.documents.items().map((d) => d.id)).toEqual(['b']);
  });

  it('tells whether a document matches a query', () => {
    const query = { slug: 'digital-identity', type: null, tag: null };
    expect(matchesFilter(aDocument(), query)).toBe(true);
    expect(matchesFilter(aDocument(), { ...query, slug: 'open-data' })).toBe(
      false,
    );
    expect(matchesFilter(aDocument(), { ...query, type: 'image' })).toBe(false);
    expect(matchesFilter(aDocument(), { ...query, tag: 'Wallets' })).toBe(true);
    expect(matchesFilter(aDocument(), { ...query, tag: 'gis' })).toBe(false);
    expect(matchesFilter(aDocument(), { ...query, eventId: 'e' })).toBe(false);
  });
});
