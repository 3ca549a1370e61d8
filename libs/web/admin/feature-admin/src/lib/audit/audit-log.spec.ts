import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AuditEntry } from '@sce/shared-contracts';
import { AuditStore } from '@sce/web-admin-data-access';
import { I18nService } from '@sce/web-shared-data-access';
import { AuditLog, describeDetails } from './audit-log';

const entry = (n: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: String(n),
  actorId: '00000000-0000-4000-8000-000000000009',
  actorName: 'Ingrid Sørensen',
  action: 'user.approved',
  targetType: 'user',
  targetId: '00000000-0000-4000-8000-000000000001',
  reason: null,
  details: {},
  createdAt: '2026-11-03T13:05:00Z',
  ...overrides,
});

describe('describeDetails', () => {
  let i18n: I18nService;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  it('words a role change, a suspension and any other detail', () => {
    expect(
      describeDetails(
        entry(1, {
          action: 'user.role-changed',
          details: { from: 'member', to: 'researcher' },
        }),
        i18n,
      ),
    ).toEqual([{ label: 'Role', value: 'Member → Researcher' }]);
    expect(
      describeDetails(
        entry(2, {
          action: 'user.suspended',
          reason: 'Spam',
          details: { until: null },
        }),
        i18n,
      ),
    ).toEqual([
      { label: 'Reason', value: 'Spam' },
      { label: 'Until', value: 'lifted by someone' },
    ]);
    expect(
      describeDetails(
        entry(4, {
          action: 'organisation.created',
          details: {
            kind: 'national_authority',
            country: 'DK',
            extra: { a: 1 },
          },
        }),
        i18n,
      ),
    ).toEqual([
      { label: 'Kind', value: 'National authority' },
      { label: 'Country', value: 'Denmark' },
      { label: 'extra', value: '{"a":1}' },
    ]);
    expect(
      describeDetails(
        entry(3, {
          action: 'organisation.updated',
          details: {
            city: 'Haren',
            emailDomains: ['a.nl', 'b.nl'],
            website: null,
          },
        }),
        i18n,
      ),
    ).toEqual([
      { label: 'City', value: 'Haren' },
      { label: 'Email domains', value: 'a.nl, b.nl' },
      { label: 'Website', value: '—' },
    ]);
  });
});

describe('AuditLog', () => {
  let fixture: ComponentFixture<AuditLog>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;

  async function create(inputs: Record<string, string> = {}): Promise<void> {
    fixture = TestBed.createComponent(AuditLog);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/audit', component: AuditLog }]),
        AuditStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the entries in a table, with links that filter by target and actor', async () => {
    await create();
    http.expectOne('/api/admin/audit').flush({
      items: [
        entry(2, {
          action: 'user.role-changed',
          details: { from: 'member', to: 'moderator' },
        }),
        entry(1, { actorId: null, action: 'user.suspension-ended' }),
        entry(0, { action: 'post.hidden', targetType: 'post', targetId: 'p1' }),
      ],
      nextCursor: null,
    });
    await fixture.whenStable();
    expect(element().querySelector('caption')?.textContent?.trim()).toBe(
      'Audit log, newest first',
    );
    const rows = Array.from(element().querySelectorAll('tbody tr'));
    expect(rows[0].querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-11-03T13:05:00Z',
    );
    expect(rows[0].textContent).toContain('Role changed');
    expect(rows[0].textContent).toContain('Member → Moderator');
    const [target, actor] = Array.from(rows[0].querySelectorAll('a'));
    expect(target.getAttribute('href')).toBe(
      '/admin/audit?targetType=user&targetId=00000000-0000-4000-8000-000000000001',
    );
    expect(actor.getAttribute('href')).toBe(
      '/admin/audit?actorId=00000000-0000-4000-8000-000000000009',
    );
    expect(rows[1].textContent).toContain('The system');
    // An action this page does not know yet is shown by its code.
    expect(rows[2].textContent).toContain('post.hidden');
    expect(element().querySelector('.count')?.textContent?.trim()).toBe(
      'Showing 3 entries',
    );
  });

  it('filters through the address, and shows the API’s objection at the filter', async () => {
    await create({ actorId: 'nobody', action: 'user.suspended' });
    http
      .expectOne('/api/admin/audit?action=user.suspended&actorId=nobody')
      .flush(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'The request is not valid.',
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'query.actorId', message: 'must be a user id' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    const actor = element().querySelector<HTMLInputElement>('#audit-actorId');
    expect(actor?.value).toBe('nobody');
    expect(actor?.getAttribute('aria-invalid')).toBe('true');
    expect(actor?.getAttribute('aria-describedby')).toBe('audit-actorId-error');
    expect(
      element().querySelector('#audit-actorId-error')?.textContent?.trim(),
    ).toContain('Enter a user id');
    expect(element().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'A filter is not valid; see the message at the field.',
    );

    if (actor) {
      actor.value = '';
      actor.dispatchEvent(new Event('input'));
    }
    element()
      .querySelector<HTMLFormElement>('form')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/?action=user.suspended');
  });
});
