import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { OrganisationAdmin } from '@sce/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { AdminOrganisationsStore } from './admin-organisations.store';

const organisation = (name: string, n: number): OrganisationAdmin => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
  kind: 'municipality',
  country: 'NL',
  city: 'Groningen',
  website: null,
  memberCount: 0,
  emailDomains: [],
});

describe('AdminOrganisationsStore', () => {
  let store: AdminOrganisationsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        AdminOrganisationsStore,
      ],
    });
    store = TestBed.inject(AdminOrganisationsStore);
    http = TestBed.inject(HttpTestingController);
    store.search(' ');
    http.expectOne('/api/admin/organisations').flush({
      items: [organisation('Aarhus', 1), organisation('Groningen', 2)],
      nextCursor: null,
    });
  });

  afterEach(() => http.verify());

  it('creates an organisation and shows it at its place in name order', async () => {
    const input = {
      name: 'Bremen',
      kind: 'region' as const,
      country: 'DE' as const,
      city: 'Bremen',
      website: null,
      emailDomains: ['bremen.de'],
    };
    const created = firstValueFrom(store.create(input));
    const request = http.expectOne('/api/admin/organisations');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(input);
    request.flush({
      ...organisation('Bremen', 3),
      emailDomains: ['bremen.de'],
    });
    await created;
    expect(store.list.items().map((o) => o.name)).toEqual([
      'Aarhus',
      'Bremen',
      'Groningen',
    ]);
  });

  it('changes an organisation, sending only the patch', async () => {
    const id = organisation('Groningen', 2).id;
    const updated = firstValueFrom(store.update(id, { city: 'Haren' }));
    const request = http.expectOne(`/api/admin/organisations/${id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ city: 'Haren' });
    request.flush({ ...organisation('Groningen', 2), city: 'Haren' });
    await updated;
    expect(store.list.items()[1].city).toBe('Haren');
  });
});
