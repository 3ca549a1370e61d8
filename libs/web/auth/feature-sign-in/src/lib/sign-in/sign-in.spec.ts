import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  Router,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUser, SsoInfo } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { Announcer, I18nService } from '@sce/web-shared-data-access';
import { signInRoutes } from '../sign-in.routes';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Elsewhere</h1>',
})
class Elsewhere {}

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

describe('SignIn', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  function element(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function input(id: string): HTMLInputElement {
    const found = element().querySelector<HTMLInputElement>(`#${id}`);
    if (!found) throw new Error(`no #${id}`);
    return found;
  }

  function alertText(): string {
    return element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';
  }

  async function type(id: string, value: string): Promise<void> {
    const field = input(id);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await harness.fixture.whenStable();
  }

  async function open(
    url = '/sign-in',
    sso: SsoInfo = { enabled: false, name: null },
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne('/api/auth/oidc').flush(sso);
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'sign-in', children: signInRoutes },
            { path: '**', component: Elsewhere },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('has labelled email and password fields with autocomplete hints', async () => {
    await open();
    expect(element().querySelector('h1')?.textContent).toBe('Sign in');
    const email = input('sign-in-email');
    const password = input('sign-in-password');
    expect(
      element().querySelector('label[for="sign-in-email"]')?.textContent,
    ).toBe('Email address');
    expect(
      element().querySelector('label[for="sign-in-password"]')?.textContent,
    ).toBe('Password');
    expect(email.type).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(password.type).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(email.hasAttribute('aria-invalid')).toBe(false);
    expect(alertText()).toBe('');
  });

  it('offers single sign-on when the server has it, returning to the same page', async () => {
    await open('/sign-in?returnUrl=%2Fcommunities', {
      enabled: true,
      name: 'North Sea city login',
    });
    const button = element().querySelector<HTMLAnchorElement>('a.sso-button');
    expect(button?.textContent?.trim()).toBe('Sign in with North Sea city login');
    expect(button?.getAttribute('href')).toBe(
      '/api/auth/oidc/start?returnTo=%2Fcommunities',
    );
  });

  it('has no single sign-on button when the server has none', async () => {
    await open();
    expect(element().querySelector('a.sso-button')).toBeNull();
  });

  it('explains why single sign-on sent the person back', async () => {
    await open('/sign-in?ssoError=SSO_EMAIL_IN_USE', {
      enabled: true,
      name: 'City login',
    });
    expect(alertText()).toContain(
      'An account with this email address already exists.',
    );
  });

  it('links to registration and to a password reset', async () => {
    await open();
    const hrefs = Array.from(element().querySelectorAll('.more a'), (a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual(['/forgot-password', '/register']);
  });

  it('explains missing or malformed fields, links the messages and focuses the first field', async () => {
    await open();
    await submit();
    http.expectNone('/api/auth/login');

    expect(alertText()).toContain('There is a problem');
    expect(alertText()).toContain('Enter your email address.');
    expect(alertText()).toContain('Enter your password.');
    const email = input('sign-in-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('sign-in-email-error');
    expect(element().querySelector('#sign-in-email-error')?.textContent).toBe(
      'Enter your email address.',
    );
    expect(input('sign-in-password').getAttribute('aria-describedby')).toBe(
      'sign-in-password-error',
    );
    expect(document.activeElement).toBe(email);

    await type('sign-in-email', 'not-an-address');
    await type('sign-in-password', 'secret');
    await submit();
    expect(element().querySelector('#sign-in-email-error')?.textContent).toBe(
      'Enter an email address in the right format, like name@example.org.',
    );
    expect(input('sign-in-password').hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows the API’s detail in the alert and marks both fields', async () => {
    await open();
    await type('sign-in-email', '  member@example.org ');
    await type('sign-in-password', 'wrong');
    await submit();

    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({
      email: 'member@example.org',
      password: 'wrong',
    });
    expect(
      element().querySelector('button[type="submit"]')?.textContent?.trim(),
    ).toBe('Signing in…');
    request.flush(
      ...problem(
        401,
        'INVALID_CREDENTIALS',
        'The email address or password is wrong.',
      ),
    );
    await harness.fixture.whenStable();

    expect(alertText()).toContain('The email address or password is wrong.');
    for (const id of ['sign-in-email', 'sign-in-password']) {
      expect(input(id).getAttribute('aria-invalid')).toBe('true');
      expect(input(id).getAttribute('aria-describedby')).toBe(
        'sign-in-problems',
      );
    }
    expect(TestBed.inject(Router).url).toBe('/sign-in');
    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
  });

  it('shows an account state problem without blaming the fields', async () => {
    await open();
    await type('sign-in-email', 'new@example.org');
    await type('sign-in-password', 'secret');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        ...problem(403, 'ACCOUNT_SUSPENDED', 'Your account is suspended.'),
      );
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Your account is suspended.');
    expect(input('sign-in-email').hasAttribute('aria-invalid')).toBe(false);
  });

  it('says so when the API cannot be reached, in Dutch too', async () => {
    await TestBed.inject(I18nService).setLanguage('nl');
    await open();
    expect(element().querySelector('h1')?.textContent).toBe('Inloggen');
    await type('sign-in-email', 'member@example.org');
    await type('sign-in-password', 'secret');
    await submit();
    http.expectOne('/api/auth/login').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Inloggen is mislukt.');

    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        ...problem(
          401,
          'INVALID_CREDENTIALS',
          'The email address or password is wrong.',
        ),
      );
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Het e-mailadres of wachtwoord is onjuist.');
  });

  it('maps an API validation error to the email field', async () => {
    await open();
    await type('sign-in-email', 'tom@localhost');
    await type('sign-in-password', 'secret');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        ...problem(400, 'VALIDATION_FAILED', 'The request is not valid.', [
          { field: 'body.email', message: 'must be an email address' },
        ]),
      );
    await harness.fixture.whenStable();
    expect(input('sign-in-email').getAttribute('aria-describedby')).toBe(
      'sign-in-email-error',
    );
  });

  it.each([
    [
      '/sign-in?returnUrl=%2Fcommunities%2Fopen-data%3Ftab%3D2',
      '/communities/open-data?tab=2',
    ],
    ['/sign-in?returnUrl=%2F%2Fevil.example', '/'],
    ['/sign-in?returnUrl=https%3A%2F%2Fevil.example', '/'],
    ['/sign-in', '/'],
  ])('after signing in at %s goes to %s', async (start, target) => {
    await open(start);
    await type('sign-in-email', 'member@example.org');
    await type('sign-in-password', 'exchange-demo');
    await submit();
    http.expectOne('/api/auth/login').flush(tom);
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe(target);
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe(
      'Tom Ashworth',
    );
    expect(TestBed.inject(Announcer).announcement()?.params).toEqual({
      name: 'Tom Ashworth',
    });
  });
});
