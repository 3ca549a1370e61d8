import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Organisation } from '@sce/shared-contracts';
import { OrganisationsStore } from './organisations.store';

const organisation = (n: number): Organisation => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Organisation ${n}`,
  kind: 'region',
  country: 'BE',
  city: 'Bruges',
  website: null,
  memberCount: n,
});

describe('OrganisationsStore', () => {
  let store: OrganisationsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        OrganisationsStore,
      ],
    });
    store = TestBed.inject(OrganisationsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists all organisations, then more with the cursor', () => {
    store.search('');
    http
      .expectOne('/api/organisations')
      .flush({ items: [organisation(1)], nextCursor: 'c1' });
    store.list.loadMore();
    http
      .expectOne('/api/organisations?cursor=c1')
      .flush({ items: [organisation(2)], nextCursor: null });
    expect(store.list.items().map((o) => o.name)).toEqual([
      'Organisation 1',
      'Organisation 2',
    ]);
  });

  it('searches by name, keeping the search for the next pages', () => {
    store.search('  gron ');
    http
      .expectOne('/api/organisations?q=gron')
      .flush({ items: [organisation(1)], nextCursor: 'c1' });
    store.list.loadMore();
    http
      .expectOne('/api/organisations?q=gron&cursor=c1')
      .flush({ items: [], nextCursor: null });
    expect(store.list.hasMore()).toBe(false);
  });
});
