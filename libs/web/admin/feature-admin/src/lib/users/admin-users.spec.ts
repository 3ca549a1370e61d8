import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import {
  Permission,
  type AdminUser,
  type SessionUser,
} from '@sce/shared-contracts';
import { AdminUsersStore } from '@sce/web-admin-data-access';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { AdminUsers } from './admin-users';

const orgId = '00000000-0000-4000-8000-0000000000aa';
const admin: SessionUser = {
  id: '00000000-0000-4000-8000-000000000009',
  email: 'admin@example.org',
  displayName: 'Ingrid Sørensen',
  role: 'admin',
  language: 'en',
  timeZone: 'Europe/Copenhagen',
  organisationId: orgId,
  permissions: Object.values(Permission),
};
const person = (n: number, overrides: Partial<AdminUser> = {}): AdminUser => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  email: `person${n}@example.org`,
  displayName: `Person ${n}`,
  role: 'member',
  status: 'active',
  organisationId: orgId,
  emailVerifiedAt: '2026-10-01T10:00:00Z',
  suspendedUntil: null,
  suspensionReason: null,
  createdAt: '2026-10-01T09:00:00Z',
  ...overrides,
});

describe('AdminUsers', () => {
  let fixture: ComponentFixture<AdminUsers>;
  let http: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const overlay = () =>
    document.querySelector('.cdk-overlay-container') as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  async function create(
    inputs: Record<string, string> = {},
    people: AdminUser[] = [],
  ): Promise<void> {
    fixture = TestBed.createComponent(AdminUsers);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    http
      .expectOne('/api/admin/organisations?limit=100')
      .flush({
        items: [
          {
            id: orgId,
            name: 'Province of West Flanders',
            kind: 'region',
            country: 'BE',
            city: 'Bruges',
            website: null,
            memberCount: 3,
            emailDomains: [],
          },
        ],
        nextCursor: null,
      });
    http
      .expectOne((r) => r.url === '/api/admin/users')
      .flush({ items: people, nextCursor: null });
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/users', component: AdminUsers }]),
        AdminUsersStore,
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(admin);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    overlay()?.replaceChildren();
    http.verify();
  });

  it('lists people in a table with what can be done to each', async () => {
    await create({}, [
      person(1, { displayName: 'Noah Peeters', status: 'pending' }),
      person(2, {
        displayName: 'Unconfirmed',
        status: 'pending',
        emailVerifiedAt: null,
      }),
      person(3, {
        displayName: 'Suspended One',
        status: 'suspended',
        suspensionReason: 'Spam',
        suspendedUntil: '2027-01-31T00:00:00Z',
      }),
      person(9, {
        id: admin.id,
        displayName: admin.displayName,
        role: 'admin',
      }),
    ]);
    expect(element().querySelector('caption')?.textContent?.trim()).toBe(
      'People, newest first',
    );
    const rows = Array.from(element().querySelectorAll('tbody tr'));
    const buttons = (row: Element) =>
      Array.from(row.querySelectorAll('button')).map((b) =>
        b.getAttribute('aria-label'),
      );

    expect(rows[0].querySelector('th')?.textContent).toContain(
      'person1@example.org',
    );
    expect(rows[0].textContent).toContain('Province of West Flanders');
    expect(rows[0].textContent).toContain('Pending');
    expect(buttons(rows[0])).toEqual([
      'Approve Noah Peeters',
      'Change the role of Noah Peeters',
      'Suspend Noah Peeters',
    ]);

    expect(rows[1].textContent).toContain('Email address not confirmed yet');
    expect(buttons(rows[1])).toEqual([
      'Change the role of Unconfirmed',
      'Suspend Unconfirmed',
    ]);

    expect(rows[2].textContent).toContain('Reason: Spam');
    expect(rows[2].textContent).toContain('Until 31 Jan 2027');
    expect(buttons(rows[2])).toEqual([
      'Change the role of Suspended One',
      'Reactivate Suspended One',
    ]);

    // One's own row: no actions but the history.
    expect(rows[3].textContent).toContain('you');
    expect(buttons(rows[3])).toEqual([]);
    expect(rows[3].querySelector('a')?.getAttribute('href')).toBe(
      `/admin/audit?targetType=user&targetId=${admin.id}`,
    );
    expect(element().querySelector('.count')?.textContent?.trim()).toBe(
      'Showing 4 people',
    );
  });

  it('filters through the address', async () => {
    await create({ status: 'pending', role: 'nonsense', q: 'noah' });
    // (the request checked in create() carried the filters)
    expect(
      element().querySelector<HTMLSelectElement>('#users-status')?.value,
    ).toBe('pending');
    expect(
      element().querySelector<HTMLSelectElement>('#users-role')?.value,
    ).toBe('');
    expect(
      element().querySelector('sce-empty-state')?.textContent?.trim(),
    ).toBe('Nobody matches these filters.');

    const role = element().querySelector<HTMLSelectElement>('#users-role');
    if (role) {
      role.value = 'researcher';
      role.dispatchEvent(new Event('change'));
    }
    element()
      .querySelector<HTMLFormElement>('form')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      '/?q=noah&status=pending&role=researcher',
    );
  });

  it('approves after confirming, says so, and puts focus on the person', async () => {
    const noah = person(1, { displayName: 'Noah Peeters', status: 'pending' });
    await create({}, [noah]);
    element()
      .querySelector<HTMLButtonElement>(`#user-approve-${noah.id}`)
      ?.click();
    await settle();
    const dialog = overlay().querySelector('[role="dialog"]');
    expect(dialog?.querySelector('h2')?.textContent?.trim()).toBe(
      'Approve Noah Peeters?',
    );
    expect(dialog?.getAttribute('aria-describedby')).toBe(
      'confirm-dialog-message',
    );

    const confirm = Array.from(dialog?.querySelectorAll('button') ?? []).find(
      (b) => b.textContent?.trim() === 'Approve',
    );
    confirm?.click();
    const request = http.expectOne(`/api/admin/users/${noah.id}/approve`);
    request.flush({ ...noah, status: 'active' });
    await settle();

    expect(overlay().querySelector('[role="dialog"]')).toBeNull();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe(
      'admin.users.approve.done',
    );
    expect(element().querySelector('.notice')?.textContent?.trim()).toBe(
      'Noah Peeters is approved and can sign in now.',
    );
    expect(element().querySelector('tbody tr')?.textContent).toContain(
      'Active',
    );
    expect(document.activeElement?.id).toBe(`user-${noah.id}`);
  });

  it('keeps the dialog open with the reason when an action fails', async () => {
    const noah = person(1, {
      displayName: 'Noah Peeters',
      status: 'suspended',
    });
    await create({}, [noah]);
    element()
      .querySelector<HTMLButtonElement>(`#user-reactivate-${noah.id}`)
      ?.click();
    await settle();
    Array.from(overlay().querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Reactivate')
      ?.click();
    http
      .expectOne(`/api/admin/users/${noah.id}/reactivate`)
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
    await settle();
    expect(overlay().querySelector('[role="alert"]')?.textContent).toContain(
      'This cannot be done in the account’s current state',
    );
    expect(TestBed.inject(Announcer).announcement()).toBeNull();
  });

  it('changes the role in a dialog and gives focus back to its button', async () => {
    const lotte = person(2, { displayName: 'Lotte Janssens' });
    await create({}, [lotte]);
    element()
      .querySelector<HTMLButtonElement>(`#user-role-${lotte.id}`)
      ?.click();
    await settle();
    const select = overlay().querySelector<HTMLSelectElement>(
      '#change-role-select',
    );
    expect(select?.value).toBe('member');

    // The same role is refused here.
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await settle();
    expect(
      overlay().querySelector('#change-role-error')?.textContent?.trim(),
    ).toBe('Choose a role different from the current one.');
    expect(select?.getAttribute('aria-describedby')).toBe(
      'change-role-error change-role-hint',
    );

    if (select) {
      select.value = 'researcher';
      select.dispatchEvent(new Event('change'));
    }
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    const request = http.expectOne(`/api/admin/users/${lotte.id}/role`);
    expect(request.request.body).toEqual({ role: 'researcher' });
    request.flush({ ...lotte, role: 'researcher' });
    await settle();
    expect(element().querySelector('.notice')?.textContent?.trim()).toBe(
      'Lotte Janssens is now Researcher.',
    );
    expect(document.activeElement?.id).toBe(`user-role-${lotte.id}`);
  });
});
