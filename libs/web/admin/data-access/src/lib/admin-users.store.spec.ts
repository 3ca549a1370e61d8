import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AdminUser, OrganisationAdmin } from '@sce/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { AdminUsersStore } from './admin-users.store';

const noah: AdminUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'noah.peeters@example.org',
  displayName: 'Noah Peeters',
  role: 'member',
  status: 'pending',
  organisationId: '00000000-0000-4000-8000-0000000000aa',
  emailVerifiedAt: '2026-10-01T10:00:00Z',
  suspendedUntil: null,
  suspensionReason: null,
  createdAt: '2026-10-01T09:00:00Z',
};

const organisation = (n: number): OrganisationAdmin => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Organisation ${n}`,
  kind: 'region',
  country: 'BE',
  city: 'Bruges',
  website: null,
  memberCount: 0,
  emailDomains: [],
});

describe('AdminUsersStore', () => {
  let store: AdminUsersStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        AdminUsersStore,
      ],
    });
    store = TestBed.inject(AdminUsersStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists people with only the filters that are set', () => {
    store.list.load({ q: '  noah ', status: 'pending', role: null });
    const request = http.expectOne((r) => r.url === '/api/admin/users');
    expect(request.request.params.keys().sort()).toEqual(['q', 'status']);
    expect(request.request.params.get('q')).toBe('noah');
    request.flush({ items: [noah], nextCursor: 'c1' });

    store.list.loadMore();
    const next = http.expectOne((r) => r.url === '/api/admin/users');
    expect(next.request.params.get('cursor')).toBe('c1');
    expect(next.request.params.get('status')).toBe('pending');
    next.flush({ items: [], nextCursor: null });
  });

  it('approves, changes the role, suspends and reactivates, replacing the person in the list', async () => {
    store.list.load({ q: '', status: null, role: null });
    http
      .expectOne('/api/admin/users')
      .flush({ items: [noah], nextCursor: null });

    const approved = firstValueFrom(store.approve(noah));
    const approve = http.expectOne(`/api/admin/users/${noah.id}/approve`);
    expect(approve.request.method).toBe('POST');
    approve.flush({ ...noah, status: 'active' });
    await approved;
    expect(store.list.items()[0].status).toBe('active');

    const changed = firstValueFrom(store.changeRole(noah, 'researcher'));
    const role = http.expectOne(`/api/admin/users/${noah.id}/role`);
    expect(role.request.method).toBe('PATCH');
    expect(role.request.body).toEqual({ role: 'researcher' });
    role.flush({ ...noah, status: 'active', role: 'researcher' });
    await changed;
    expect(store.list.items()[0].role).toBe('researcher');

    const suspended = firstValueFrom(
      store.suspend(noah, {
        reason: 'Spam',
        until: '2027-01-01T00:00:00.000Z',
      }),
    );
    const suspend = http.expectOne(`/api/admin/users/${noah.id}/suspend`);
    expect(suspend.request.body).toEqual({
      reason: 'Spam',
      until: '2027-01-01T00:00:00.000Z',
    });
    suspend.flush({ ...noah, status: 'suspended', suspensionReason: 'Spam' });
    await suspended;
    expect(store.list.items()[0].status).toBe('suspended');

    const reactivated = firstValueFrom(store.reactivate(noah));
    http
      .expectOne(`/api/admin/users/${noah.id}/reactivate`)
      .flush({ ...noah, status: 'active' });
    await reactivated;
    expect(store.list.items()[0].status).toBe('active');
  });

  it('leaves the list alone when an action fails', async () => {
    store.list.load({ q: '', status: null, role: null });
    http
      .expectOne('/api/admin/users')
      .flush({ items: [noah], nextCursor: null });
    const result = firstValueFrom(store.approve(noah));
    http
      .expectOne(`/api/admin/users/${noah.id}/approve`)
      .flush(
        {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'x',
          code: 'CONFLICT',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(result).rejects.toMatchObject({ status: 409 });
    expect(store.list.items()[0]).toEqual(noah);
  });

  it('knows every organisation’s name, following the pages', () => {
    store.loadOrganisationNames();
    http
      .expectOne('/api/admin/organisations?limit=100')
      .flush({ items: [organisation(1)], nextCursor: 'c1' });
    http
      .expectOne('/api/admin/organisations?cursor=c1&limit=100')
      .flush({ items: [organisation(2)], nextCursor: null });
    expect([...store.organisationNames().values()]).toEqual([
      'Organisation 1',
      'Organisation 2',
    ]);
  });
});
