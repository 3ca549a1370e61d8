import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Person } from '@sce/shared-contracts';
import { uuid } from './fixtures.spec-helper';
import { PeopleApi } from './people.api';
import { PEOPLE_SEARCH_DEBOUNCE_MS, PeopleSearch } from './people-search';

const person = (n: number, name: string): Person => ({
  id: uuid(n),
  displayName: name,
  organisationId: uuid(100 + n),
  organisationName: 'Stavanger Municipality',
});

describe('PeopleApi', () => {
  it('asks GET /api/users with the text and the limit', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    let found: Person[] = [];
    TestBed.inject(PeopleApi)
      .search('an', 5)
      .subscribe((people) => (found = people));
    const request = http.expectOne((r) => r.url === '/api/users');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('q')).toBe('an');
    expect(request.request.params.get('limit')).toBe('5');
    request.flush([person(1, 'Anne Kjær')]);
    expect(found.map((p) => p.displayName)).toEqual(['Anne Kjær']);
    http.verify();
  });
});

describe('PeopleSearch', () => {
  let http: HttpTestingController;
  let search: PeopleSearch;
  const pause = () => jest.advanceTimersByTime(PEOPLE_SEARCH_DEBOUNCE_MS);

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    search = runInInjectionContext(
      TestBed.inject(Injector),
      () => new PeopleSearch(8),
    );
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('asks once typing pauses, and only for the last text', () => {
    search.search('a');
    search.search('an');
    search.search('ann');
    jest.advanceTimersByTime(PEOPLE_SEARCH_DEBOUNCE_MS - 1);
    http.expectNone(() => true);
    jest.advanceTimersByTime(1);
    const request = http.expectOne((r) => r.url === '/api/users');
    expect(request.request.params.get('q')).toBe('ann');
    expect(request.request.params.get('limit')).toBe('8');
    expect(search.status()).toBe('searching');
    request.flush([person(1, 'Anne Kjær'), person(2, 'Joanna Berg')]);
    expect(search.status()).toBe('loaded');
    expect(search.query()).toBe('ann');
    expect(search.people().map((p) => p.displayName)).toEqual([
      'Anne Kjær',
      'Joanna Berg',
    ]);
    expect(search.message()).toEqual({
      key: 'people.search.found',
      params: { count: 2 },
    });
  });

  it('cancels a search that a newer text overtook, keeping the people meanwhile', () => {
    search.search('an');
    pause();
    http
      .expectOne((r) => r.params.get('q') === 'an')
      .flush([person(1, 'Anne Kjær')]);
    search.search('anne');
    pause();
    const stale = http.expectOne((r) => r.params.get('q') === 'anne');
    expect(search.people()).toHaveLength(1);
    search.search('anne k');
    pause();
    expect(stale.cancelled).toBe(true);
    http.expectOne((r) => r.params.get('q') === 'anne k').flush([]);
    expect(search.people()).toEqual([]);
    expect(search.message()).toEqual({ key: 'people.search.none' });
  });

  it('asks nothing for less than two characters, and clears', () => {
    search.search(' a ');
    pause();
    http.expectNone(() => true);
    expect(search.status()).toBe('idle');

    search.search('jo');
    pause();
    const request = http.expectOne((r) => r.url === '/api/users');
    search.clear();
    expect(request.cancelled).toBe(true);
    expect(search.status()).toBe('idle');
    expect(search.message()).toBeNull();
  });

  it('says when the search failed', () => {
    search.search('jo');
    pause();
    http
      .expectOne((r) => r.url === '/api/users')
      .flush(null, { status: 500, statusText: 'Server Error' });
    expect(search.status()).toBe('failed');
    expect(search.message()).toEqual({ key: 'people.search.failed' });
  });
});
