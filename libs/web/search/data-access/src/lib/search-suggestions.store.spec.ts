import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  SUGGEST_DEBOUNCE_MS,
  SearchSuggestionsStore,
} from './search-suggestions.store';

describe('SearchSuggestionsStore', () => {
  let store: SearchSuggestionsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        SearchSuggestionsStore,
      ],
    });
    store = TestBed.inject(SearchSuggestionsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('asks once typing pauses, and lists titles, communities and people', () => {
    store.query('p');
    store.query('pa');
    store.query('par');
    jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS);
    http.expectOne('/api/search/suggest?q=par').flush({
      titles: [{ type: 'thread', id: 't1', title: 'Parking permits' }],
      people: [
        {
          id: 'p1',
          displayName: 'Parveen Shah',
          organisationName: 'Aberdeen City Council',
        },
      ],
      communities: [{ slug: 'parking', name: 'Parking' }],
    });
    expect(store.q()).toBe('par');
    expect(store.suggestions().map((s) => s.kind)).toEqual([
      'title',
      'community',
      'person',
    ]);
  });

  it('asks nothing below two characters and clears the list at once', () => {
    store.query('wa');
    jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS);
    http.expectOne('/api/search/suggest?q=wa').flush({
      titles: [{ type: 'event', id: 'e1', title: 'Wallet workshop' }],
      people: [],
      communities: [],
    });
    expect(store.suggestions()).toHaveLength(1);
    store.query('w');
    expect(store.suggestions()).toEqual([]);
    jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS);
    http.expectNone('/api/search/suggest?q=w');
  });

  it('shows nothing when suggesting fails', () => {
    store.query('wallet');
    jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS);
    http
      .expectOne('/api/search/suggest?q=wallet')
      .flush(null, { status: 500, statusText: 'Error' });
    expect(store.suggestions()).toEqual([]);
  });
});
