import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { settingsRoutes } from '../settings.routes';

const tom: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: '00000000-0000-4000-8000-000000000002',
  permissions: [],
};

function ownProfile(email: string) {
  return {
    ...tom,
    email,
    bio: '',
    expertise: [],
    emailVerifiedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

function problem(
  status: number,
  code: string,
  detail: string,
  errors?: unknown,
) {
  return [
    { type: 'about:blank', title: code, status, detail, code, errors },
    { status, statusText: code },
  ] as const;
}

describe('AccountSettings', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let session: SessionStore;

  const element = () => harness.routeNativeElement as HTMLElement;
  function section(headingId: string): HTMLElement {
    const found = element().querySelector<HTMLElement>(
      `section[aria-labelledby="${headingId}"]`,
    );
    if (!found) throw new Error(`no section ${headingId}`);
    return found;
  }
  const passwordSection = () => section('password-heading');
  const emailSection = () => section('email-heading');
  function control(id: string): HTMLInputElement {
    const found = element().querySelector<HTMLInputElement>(`#${id}`);
    if (!found) throw new Error(`no #${id}`);
    return found;
  }
  const alertText = (within: HTMLElement) =>
    within.querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  async function set(id: string, value: string): Promise<void> {
    const field = control(id);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  async function submit(within: HTMLElement): Promise<void> {
    within.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'settings', children: settingsRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    session.load();
    http.expectOne('/api/auth/me').flush(tom);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/settings/account');
    http.expectOne('/api/users/me').flush(ownProfile(tom.email));
    flushSso({ enabled: false, name: null });
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  function flushSso(info: { enabled: boolean; name: string | null }): void {
    for (const request of http.match('/api/auth/oidc')) request.flush(info);
  }

  it('offers to link the organisation’s sign-in when the server has one, and says when it worked', async () => {
    expect(element().querySelector('#sso-heading')).toBeNull();
    await harness.navigateByUrl('/settings/profile');
    http.expectOne('/api/users/me').flush(ownProfile(tom.email));
    await harness.navigateByUrl('/settings/account?sso=linked');
    http.expectOne('/api/users/me').flush(ownProfile(tom.email));
    flushSso({ enabled: true, name: 'City login' });
    await harness.fixture.whenStable();
    const link = element().querySelector<HTMLAnchorElement>(
      'a[href^="/api/auth/oidc/start"]',
    );
    expect(link?.textContent?.trim()).toBe('Link City login');
    expect(link?.getAttribute('href')).toBe(
      '/api/auth/oidc/start?returnTo=%2Fsettings%2Faccount&link=true',
    );
    expect(
      element().querySelector('[role="status"].sso-status')?.textContent,
    ).toContain('Your account is now linked to City login.');
  });

  it('has a labelled section for each change, with the current address', () => {
    expect(element().querySelector('h1')?.textContent).toBe('Account');
    expect(passwordSection().querySelector('h2')?.textContent?.trim()).toBe(
      'Change your password',
    );
    expect(emailSection().textContent).toContain(
      'You sign in with member@example.org.',
    );
    for (const id of [
      'password-currentPassword',
      'password-newPassword',
      'email-newEmail',
      'email-currentPassword',
    ]) {
      expect(
        element().querySelector(`label[for="${id}"]`)?.textContent?.trim(),
      ).toBeTruthy();
    }
    expect(control('password-currentPassword').autocomplete).toBe(
      'current-password',
    );
    expect(control('password-newPassword').autocomplete).toBe('new-password');
    expect(
      control('password-newPassword').getAttribute('aria-describedby'),
    ).toBe('password-newPassword-hint');
  });

  it('shows the address the account has now, and keeps the session in step', async () => {
    await harness.navigateByUrl('/settings/profile');
    http.expectOne('/api/users/me').flush(ownProfile(tom.email));
    await harness.navigateByUrl('/settings/account');
    http.expectOne('/api/users/me').flush(ownProfile('tom@hull.example.org'));
    flushSso({ enabled: false, name: null });
    await harness.fixture.whenStable();
    expect(emailSection().textContent).toContain(
      'You sign in with tom@hull.example.org.',
    );
    expect(session.user()?.email).toBe('tom@hull.example.org');
  });

  describe('password', () => {
    it('checks both fields before sending', async () => {
      await set('password-newPassword', 'short');
      await submit(passwordSection());
      http.expectNone('/api/users/me/password');
      expect(alertText(passwordSection())).toContain(
        'Enter your current password.',
      );
      expect(alertText(passwordSection())).toContain(
        'Enter a new password of 12 to 128 characters.',
      );
      expect(document.activeElement).toBe(control('password-currentPassword'));
      expect(alertText(emailSection())).toBe('');
    });

    it('refuses the same password again', async () => {
      await set('password-currentPassword', 'harbour lantern quietly');
      await set('password-newPassword', 'harbour lantern quietly');
      await submit(passwordSection());
      http.expectNone('/api/users/me/password');
      expect(alertText(passwordSection())).toContain(
        'differs from the current one',
      );
      expect(document.activeElement).toBe(control('password-newPassword'));
    });

    it('changes it, keeps the session in step, clears the form and says so', async () => {
      await set('password-currentPassword', 'exchange-demo');
      await set('password-newPassword', 'tidal meadow orchard 77');
      await submit(passwordSection());
      const request = http.expectOne('/api/users/me/password');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        currentPassword: 'exchange-demo',
        newPassword: 'tidal meadow orchard 77',
      });
      request.flush({ ...tom, displayName: 'Tom (renewed)' });
      await harness.fixture.whenStable();
      expect(session.user()?.displayName).toBe('Tom (renewed)');
      expect(control('password-currentPassword').value).toBe('');
      expect(control('password-newPassword').value).toBe('');
      expect(passwordSection().querySelector('.saved')?.textContent).toContain(
        'Your password has been changed.',
      );
      expect(TestBed.inject(Announcer).announcement()?.key).toBe(
        'settings.password.changed',
      );
    });

    it('puts a wrong current password and a refused new one at their fields', async () => {
      await set('password-currentPassword', 'not-it');
      await set('password-newPassword', 'password1234');
      await submit(passwordSection());
      http.expectOne('/api/users/me/password').flush(
        ...problem(400, 'VALIDATION_FAILED', 'The request is not valid.', [
          {
            field: 'body.currentPassword',
            message: 'is not your current password',
          },
        ]),
      );
      await harness.fixture.whenStable();
      const current = control('password-currentPassword');
      expect(current.getAttribute('aria-invalid')).toBe('true');
      expect(current.getAttribute('aria-describedby')).toBe(
        'password-currentPassword-error',
      );
      expect(alertText(passwordSection())).toContain(
        'This is not your current password.',
      );
      expect(document.activeElement).toBe(current);

      await set('password-currentPassword', 'exchange-demo');
      await submit(passwordSection());
      http
        .expectOne('/api/users/me/password')
        .flush(
          ...problem(400, 'VALIDATION_FAILED', 'The request is not valid.', [
            { field: 'body.newPassword', message: 'is too common' },
          ]),
        );
      await harness.fixture.whenStable();
      expect(current.hasAttribute('aria-invalid')).toBe(false);
      expect(
        control('password-newPassword').getAttribute('aria-describedby'),
      ).toBe('password-newPassword-error password-newPassword-hint');
      expect(alertText(passwordSection())).toContain('too common');
    });

    it('shows a rate limit and a network failure in the summary', async () => {
      await set('password-currentPassword', 'exchange-demo');
      await set('password-newPassword', 'tidal meadow orchard 77');
      await submit(passwordSection());
      http
        .expectOne('/api/users/me/password')
        .flush(...problem(429, 'RATE_LIMITED', 'Too many attempts.'));
      await harness.fixture.whenStable();
      expect(alertText(passwordSection())).toContain('Too many attempts.');
      await submit(passwordSection());
      http
        .expectOne('/api/users/me/password')
        .error(new ProgressEvent('error'));
      await harness.fixture.whenStable();
      expect(alertText(passwordSection())).toContain(
        'Changing the password failed.',
      );
    });
  });

  describe('email', () => {
    it('checks the new address before sending', async () => {
      await set('email-newEmail', 'not-an-address');
      await submit(emailSection());
      http.expectNone('/api/users/me/email');
      expect(alertText(emailSection())).toContain(
        'Enter an email address in the right format',
      );
      expect(alertText(emailSection())).toContain(
        'Enter your current password.',
      );
      expect(document.activeElement).toBe(control('email-newEmail'));

      await set('email-newEmail', ' Member@Example.org ');
      await set('email-currentPassword', 'exchange-demo');
      await submit(emailSection());
      http.expectNone('/api/users/me/email');
      expect(alertText(emailSection())).toContain(
        'This is already your address.',
      );
    });

    it('asks for the link and shows where it went in a focused status panel', async () => {
      await set('email-newEmail', ' tom@hull.example.org ');
      await set('email-currentPassword', 'exchange-demo');
      await submit(emailSection());
      const request = http.expectOne('/api/users/me/email');
      expect(request.request.body).toEqual({
        currentPassword: 'exchange-demo',
        newEmail: 'tom@hull.example.org',
      });
      request.flush(
        { message: 'We sent a link.' },
        { status: 202, statusText: 'Accepted' },
      );
      await harness.fixture.whenStable();
      const panel =
        emailSection().querySelector<HTMLElement>('[role="status"]');
      expect(panel?.textContent).toContain(
        'We sent a link to tom@hull.example.org.',
      );
      expect(document.activeElement).toBe(panel);
      expect(control('email-currentPassword').value).toBe('');
      expect(session.user()?.email).toBe('member@example.org');
    });

    it('puts the API’s field errors at the fields', async () => {
      await set('email-newEmail', 'tom@hull.example.org');
      await set('email-currentPassword', 'wrong');
      await submit(emailSection());
      http.expectOne('/api/users/me/email').flush(
        ...problem(400, 'VALIDATION_FAILED', 'The request is not valid.', [
          {
            field: 'body.currentPassword',
            message: 'is not your current password',
          },
        ]),
      );
      await harness.fixture.whenStable();
      expect(
        control('email-currentPassword').getAttribute('aria-invalid'),
      ).toBe('true');
      expect(control('email-newEmail').hasAttribute('aria-invalid')).toBe(
        false,
      );
      expect(document.activeElement).toBe(control('email-currentPassword'));
    });
  });
});
