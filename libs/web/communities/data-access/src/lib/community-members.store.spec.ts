import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Member } from '@sce/shared-contracts';
import { PEOPLE_SEARCH_DEBOUNCE_MS } from '@sce/web-threads-data-access';
import { CommunityMembersStore } from './community-members.store';

const member = (n: number, state: Member['state'] = 'active'): Member => ({
  user: {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    displayName: `Person ${n}`,
    organisationId: '00000000-0000-4000-8000-000000000099',
    organisationName: 'Stavanger Municipality',
  },
  role: 'member',
  state,
  since: '2026-01-01T00:00:00.000Z',
});
const url = '/api/communities/open-data/members';

describe('CommunityMembersStore', () => {
  let store: CommunityMembersStore;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CommunityMembersStore],
    });
    store = TestBed.inject(CommunityMembersStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads only the members for someone who does not moderate', () => {
    store.load('open-data', false);
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    expect(store.active.items()[0].id).toBe(member(1).user.id);
    expect(store.requested.status()).toBe('idle');
  });

  it('approves a request: it leaves the requests and the members reload', () => {
    store.load('open-data', true);
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    http
      .expectOne(`${url}?state=requested`)
      .flush({ items: [member(2, 'requested')], nextCursor: null });
    http.expectOne(`${url}?state=invited`).flush({ items: [], nextCursor: null });

    store.approve('open-data', store.requested.items()[0]).subscribe();
    const approve = http.expectOne(`${url}/${member(2).user.id}/approve`);
    expect(approve.request.method).toBe('POST');
    approve.flush(null, { status: 204, statusText: 'No Content' });
    expect(store.requested.items()).toEqual([]);
    http
      .expectOne(`${url}?state=active`)
      .flush({ items: [member(1), member(2)], nextCursor: null });
    expect(store.active.items()).toHaveLength(2);
  });

  it('refuses, withdraws and removes with DELETE and a body', () => {
    store.load('open-data', true);
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    http.expectOne(`${url}?state=requested`).flush({ items: [], nextCursor: null });
    http
      .expectOne(`${url}?state=invited`)
      .flush({ items: [member(3, 'invited')], nextCursor: null });

    store.remove('open-data', store.invited.items()[0]).subscribe();
    const remove = http.expectOne(`${url}/${member(3).user.id}`);
    expect(remove.request.method).toBe('DELETE');
    expect(remove.request.body).toEqual({});
    remove.flush(null, { status: 204, statusText: 'No Content' });
    expect(store.invited.items()).toEqual([]);
  });

  it('invites someone and appoints a moderator', () => {
    store.load('open-data', true);
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    http.expectOne(`${url}?state=requested`).flush({ items: [], nextCursor: null });
    http.expectOne(`${url}?state=invited`).flush({ items: [], nextCursor: null });

    store.invite('open-data', member(4).user.id).subscribe();
    const invite = http.expectOne('/api/communities/open-data/invitations');
    expect(invite.request.body).toEqual({ userId: member(4).user.id });
    invite.flush(null, { status: 204, statusText: 'No Content' });
    for (const state of ['invited', 'requested', 'active']) {
      http.expectOne(`${url}?state=${state}`).flush({ items: [], nextCursor: null });
    }

    store.load('open-data', false);
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    store.setRole('open-data', store.active.items()[0], 'moderator').subscribe();
    const role = http.expectOne(`${url}/${member(1).user.id}/role`);
    expect(role.request.method).toBe('PUT');
    expect(role.request.body).toEqual({ role: 'moderator' });
    role.flush(null, { status: 204, statusText: 'No Content' });
    expect(store.active.items()[0].role).toBe('moderator');
  });

  it('searches anyone active by name for the invitation picker', async () => {
    store.invitees.search('er');
    await new Promise((resolve) => setTimeout(resolve, PEOPLE_SEARCH_DEBOUNCE_MS + 20));
    const search = http.expectOne((r) => r.url === '/api/users');
    expect(search.request.params.get('q')).toBe('er');
    search.flush([{ ...member(4).user }]);
    expect(store.invitees.people().map((p) => p.displayName)).toEqual(['Person 4']);
  });
});
