import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Organisation, PublicProfile } from '@sce/shared-contracts';
import { OrganisationPageStore } from './organisation-page.store';

const id = '00000000-0000-4000-8000-000000000001';
const groningen: Organisation = {
  id,
  name: 'Municipality of Groningen',
  kind: 'municipality',
  country: 'NL',
  city: 'Groningen',
  website: 'https://groningen.example.org',
  memberCount: 2,
};
const pieter: PublicProfile = {
  id: '00000000-0000-4000-8000-000000000011',
  displayName: 'Pieter de Vries',
  role: 'moderator',
  bio: 'Coordinator',
  expertise: ['eID'],
  organisationId: id,
};

describe('OrganisationPageStore', () => {
  let store: OrganisationPageStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        OrganisationPageStore,
      ],
    });
    store = TestBed.inject(OrganisationPageStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the organisation and its first page of members, sharing one request', () => {
    const seen: (Organisation | null)[] = [];
    store.load(id).subscribe((o) => seen.push(o));
    store.load(id).subscribe((o) => seen.push(o)); // e.g. the title resolver and the page
    expect(store.status()).toBe('loading');

    http.expectOne(`/api/organisations/${id}`).flush(groningen);
    http
      .expectOne(`/api/organisations/${id}/members`)
      .flush({ items: [pieter], nextCursor: 'next' });

    expect(seen).toEqual([groningen, groningen]);
    expect(store.status()).toBe('loaded');
    expect(store.organisation()?.name).toBe('Municipality of Groningen');
    expect(store.members.items()).toEqual([pieter]);
    expect(store.members.hasMore()).toBe(true);

    store.members.loadMore();
    http
      .expectOne(`/api/organisations/${id}/members?cursor=next`)
      .flush({ items: [], nextCursor: null });

    // Asking for the loaded organisation again asks nobody.
    store.load(id).subscribe();
    http.expectNone(`/api/organisations/${id}`);
  });

  it('says not-found for an unknown id, and emits null', () => {
    let result: Organisation | null | undefined;
    store.load(id).subscribe((o) => (result = o));
    http
      .expectOne(`/api/organisations/${id}`)
      .flush(
        {
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'x',
          code: 'NOT_FOUND',
        },
        { status: 404, statusText: 'Not Found' },
      );
    http
      .expectOne(`/api/organisations/${id}/members`)
      .flush(
        {
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'x',
          code: 'NOT_FOUND',
        },
        { status: 404, statusText: 'Not Found' },
      );
    expect(result).toBeNull();
    expect(store.status()).toBe('not-found');
  });

  it('says error after a network failure and loads again on retry', () => {
    store.load(id).subscribe();
    http
      .expectOne(`/api/organisations/${id}`)
      .error(new ProgressEvent('error'));
    http
      .expectOne(`/api/organisations/${id}/members`)
      .flush({ items: [], nextCursor: null });
    expect(store.status()).toBe('error');

    store.retry();
    http.expectOne(`/api/organisations/${id}`).flush(groningen);
    http
      .expectOne(`/api/organisations/${id}/members`)
      .flush({ items: [pieter], nextCursor: null });
    expect(store.status()).toBe('loaded');
  });

  it('switches to another organisation', () => {
    store.load(id).subscribe();
    http.expectOne(`/api/organisations/${id}`).flush(groningen);
    http
      .expectOne(`/api/organisations/${id}/members`)
      .flush({ items: [pieter], nextCursor: null });

    const other = '00000000-0000-4000-8000-000000000002';
    store.load(other).subscribe();
    expect(store.organisation()).toBeNull();
    expect(store.members.items()).toEqual([]);
    http
      .expectOne(`/api/organisations/${other}`)
      .flush({ ...groningen, id: other, name: 'Aarhus Municipality' });
    http
      .expectOne(`/api/organisations/${other}/members`)
      .flush({ items: [], nextCursor: null });
    expect(store.organisation()?.name).toBe('Aarhus Municipality');
  });
});
