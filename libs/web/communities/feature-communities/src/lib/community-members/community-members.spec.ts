import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CommunityDetail, Member, SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { PEOPLE_SEARCH_DEBOUNCE_MS } from '@sce/web-threads-data-access';
import { communitiesRoutes } from '../communities.routes';
import { aCommunity, admin, erik, memberViewer, uuid } from '../testing.spec-helper';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const url = '/api/communities/open-data/members';
const member = (n: number, state: Member['state'] = 'active', role: Member['role'] = 'member'): Member => ({
  user: {
    id: uuid(n),
    displayName: `Person ${n}`,
    organisationId: uuid(99),
    organisationName: 'Stavanger Municipality',
  },
  role,
  state,
  since: '2026-03-01T00:00:00.000Z',
});
const moderatorViewer: CommunityDetail['viewer'] = {
  ...memberViewer,
  membership: { role: 'moderator', state: 'active' },
  canModerate: true,
};

describe('CommunityMembers', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const byLabel = (label: string, root: ParentNode = main()) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === label,
    ) as HTMLButtonElement;

  async function open(user: SessionUser, viewer: CommunityDetail['viewer']): Promise<void> {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(user);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/communities/open-data/members');
    await tick();
    http.expectOne('/api/communities/open-data').flush(aCommunity({ viewer }));
    await navigation;
    await stable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'communities', children: communitiesRoutes }],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  it('lists the members for a member, without requests or actions', async () => {
    await open(erik, memberViewer);
    http
      .expectOne(`${url}?state=active`)
      .flush({ items: [member(1), member(2, 'active', 'moderator')], nextCursor: null });
    await stable();
    expect(main().querySelector('h1')?.textContent).toBe(
      'Members of Open Data & Interoperability',
    );
    const table = main().querySelector('table') as HTMLTableElement;
    expect(table.querySelector('caption')?.textContent?.trim()).toBe(
      'Members of Open Data & Interoperability, longest-standing first',
    );
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'Name',
      'Organisation',
      'Role',
      'Member since',
    ]);
    expect(Array.from(table.querySelectorAll('tbody tr')).map((tr) => tr.querySelector('td:nth-child(3)')?.textContent?.trim())).toEqual(['Member', 'Moderator']);
    expect(main().querySelector('#requests-heading')).toBeNull();
  });

  it('lets a moderator approve and refuse requests', async () => {
    await open(erik, moderatorViewer);
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    http
      .expectOne(`${url}?state=requested`)
      .flush({ items: [member(3, 'requested'), member(4, 'requested')], nextCursor: null });
    http.expectOne(`${url}?state=invited`).flush({ items: [member(5, 'invited')], nextCursor: null });
    await stable();

    byLabel('Approve Person 3').click();
    http.expectOne(`${url}/${uuid(3)}/approve`).flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    http.expectOne(`${url}?state=active`).flush({ items: [member(1), member(3)], nextCursor: null });
    await stable();
    expect(main().querySelector('.notice')?.textContent).toBe('Person 3 is now a member.');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('communities.members.approved');
    expect(document.activeElement?.id).toBe('requests-heading');

    byLabel('Refuse Person 4').click();
    await tick();
    await stable();
    const dialog = document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Refuse Person 4?');
    byLabel('Refuse request', dialog).click();
    await tick();
    await stable();
    const refuse = http.expectOne(`${url}/${uuid(4)}`);
    expect(refuse.request.method).toBe('DELETE');
    refuse.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(main().textContent).toContain('Nobody is waiting to join.');
  });

  it('invites anyone active, found by name', async () => {
    await open(erik, moderatorViewer);
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    http.expectOne(`${url}?state=requested`).flush({ items: [], nextCursor: null });
    http.expectOne(`${url}?state=invited`).flush({ items: [], nextCursor: null });
    await stable();

    byLabel('Send invitation').click();
    await stable();
    const field = main().querySelector<HTMLInputElement>('#invite-person') as HTMLInputElement;
    expect(main().querySelector('#invite-person-error')?.textContent).toBe('Choose the person to invite.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('role')).toBe('combobox');

    field.value = 'Erik';
    field.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, PEOPLE_SEARCH_DEBOUNCE_MS + 20));
    const search = http.expectOne((r) => r.url === '/api/users');
    expect(search.request.params.get('q')).toBe('Erik');
    search.flush([
      {
        id: uuid(7),
        displayName: 'Erik Nilsen',
        organisationId: uuid(99),
        organisationName: 'Stavanger Municipality',
      },
    ]);
    await stable();
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const option = main().querySelector('#invite-person-listbox [role="option"]') as HTMLElement;
    expect(option.getAttribute('aria-label')).toBe(
      'Erik Nilsen, Stavanger Municipality',
    );
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await stable();
    expect(field.value).toBe('Erik Nilsen');
    expect(main().querySelector('#invite-person-error')).toBeNull();

    byLabel('Send invitation').click();
    const invite = http.expectOne('/api/communities/open-data/invitations');
    expect(invite.request.body).toEqual({ userId: uuid(7) });
    invite.flush(null, { status: 204, statusText: 'No Content' });
    for (const state of ['invited', 'requested', 'active']) {
      http.expectOne(`${url}?state=${state}`).flush({ items: [], nextCursor: null });
    }
    await stable();
    expect(main().querySelector('.notice')?.textContent).toBe('You invited Erik Nilsen.');
    expect(field.value).toBe('');
  });

  it('lets an administrator appoint a community moderator', async () => {
    await open(admin, { ...memberViewer, canEdit: true });
    http.expectOne(`${url}?state=active`).flush({ items: [member(1)], nextCursor: null });
    await stable();
    byLabel('Make Person 1 a moderator of this community').click();
    const role = http.expectOne(`${url}/${uuid(1)}/role`);
    expect(role.request.body).toEqual({ role: 'moderator' });
    role.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(main().querySelector('tbody td:nth-child(3)')?.textContent?.trim()).toBe('Moderator');
    expect(byLabel('Make Person 1 a member again')).toBeTruthy();
  });

  const dialog = () =>
    document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;

  it('lets a moderator warn a member, and a global moderator suspend one', async () => {
    const pieter = { ...erik, id: uuid(950), displayName: 'Pieter de Vries', role: 'moderator' as const, permissions: ['content.flag', 'moderation.anywhere', 'user.suspend'] };
    await open(pieter, moderatorViewer);
    for (const state of ['active', 'requested', 'invited']) {
      http.expectOne(`${url}?state=${state}`).flush({ items: state === 'active' ? [member(1)] : [], nextCursor: null });
    }
    await stable();
    expect(byLabel('Report Person 1 to the moderators')).toBeTruthy();

    byLabel('Warn Person 1').click();
    await stable();
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Warn Person 1');
    const message = dialog().querySelector('textarea') as HTMLTextAreaElement;
    message.value = 'Please introduce yourself before posting links.';
    message.dispatchEvent(new Event('input'));
    (dialog().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const warn = http.expectOne(`/api/users/${uuid(1)}/warn`);
    expect(warn.request.body).toEqual({ message: 'Please introduce yourself before posting links.' });
    warn.flush({ id: uuid(70), message: 'x', from: { id: pieter.id, displayName: pieter.displayName }, createdAt: '2026-11-03T10:00:00.000Z', acknowledgedAt: null });
    await stable();
    await tick();
    expect(main().querySelector('.notice')?.textContent).toBe('Person 1 has been warned.');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('moderation.warn.done');

    byLabel('Suspend Person 1').click();
    await stable();
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Suspend Person 1');
    const reason = dialog().querySelector('#suspend-reason') as HTMLTextAreaElement;
    reason.value = 'Spam after a warning';
    reason.dispatchEvent(new Event('input'));
    (dialog().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const suspend = http.expectOne(`/api/users/${uuid(1)}/suspend`);
    expect(suspend.request.body).toEqual({ reason: 'Spam after a warning' });
    suspend.flush({ id: uuid(1), status: 'suspended' });
    await stable();
    await tick();
    expect(main().querySelector('.notice')?.textContent).toBe('Person 1 is suspended.');
  });

  it('lets anyone who may flag report a member, but not themselves; no warn or suspend', async () => {
    await open({ ...erik, permissions: [...erik.permissions, 'content.flag'] }, memberViewer);
    http
      .expectOne(`${url}?state=active`)
      .flush({ items: [member(1), { ...member(900), user: { ...member(900).user, id: erik.id, displayName: erik.displayName } }], nextCursor: null });
    await stable();
    expect(byLabel('Warn Person 1')).toBeUndefined();
    expect(byLabel('Suspend Person 1')).toBeUndefined();
    expect(byLabel(`Report ${erik.displayName} to the moderators`)).toBeUndefined();
    byLabel('Report Person 1 to the moderators').click();
    await stable();
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Flag Person 1');
    (dialog().querySelector('#flag-reason-abuse') as HTMLInputElement).click();
    (dialog().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const flag = http.expectOne('/api/flags');
    expect(flag.request.body).toEqual(expect.objectContaining({ targetType: 'user', targetId: uuid(1), reason: 'abuse' }));
    flag.flush({ id: uuid(71) });
    await stable();
    await tick();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('moderation.report.done');
  });
});
