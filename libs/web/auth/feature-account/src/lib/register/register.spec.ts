import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '@sce/web-shared-data-access';
import { registerRoutes } from '../account.routes';

const groningen = {
  id: '00000000-0000-4000-8000-00000000000a',
  name: 'Municipality of Groningen',
  kind: 'municipality',
  country: 'NL',
  city: 'Groningen',
  website: null,
  memberCount: 3,
};
const aarhus = {
  ...groningen,
  id: '00000000-0000-4000-8000-00000000000b',
  name: 'Aarhus Municipality',
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

describe('Register', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const element = () => harness.routeNativeElement as HTMLElement;
  function control(id: string): HTMLInputElement | HTMLSelectElement {
    const found = element().querySelector<HTMLInputElement>(`#${id}`);
    if (!found) throw new Error(`no #${id}`);
    return found;
  }
  const alertText = () =>
    element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  async function set(id: string, value: string): Promise<void> {
    const field = control(id);
    field.value = value;
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input'),
    );
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await harness.fixture.whenStable();
  }

  async function open(): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/register');
    http
      .expectOne((request) => request.url === '/api/organisations')
      .flush({ items: [groningen, aarhus], nextCursor: null });
    await harness.fixture.whenStable();
  }

  async function fillValid(): Promise<void> {
    await set('register-email', ' new@groningen.example.org ');
    await set('register-displayName', 'Nieuwe Collega');
    await set('register-organisationId', groningen.id);
    await set('register-password', 'correct horse battery staple');
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'register', children: registerRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('labels every control, hints at the password rules and lists organisations by name', async () => {
    await open();
    expect(element().querySelector('h1')?.textContent).toBe(
      'Create an account',
    );
    for (const id of [
      'register-email',
      'register-displayName',
      'register-organisationId',
      'register-password',
    ]) {
      expect(
        element().querySelector(`label[for="${id}"]`)?.textContent?.trim(),
      ).toBeTruthy();
    }
    const password = control('register-password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(password.getAttribute('aria-describedby')).toBe(
      'register-password-hint',
    );
    expect(
      element().querySelector('#register-password-hint')?.textContent,
    ).toContain('12 characters');
    const options = Array.from(
      element().querySelectorAll('#register-organisationId option'),
      (o) => o.textContent?.trim(),
    );
    expect(options).toEqual([
      'Choose your organisation',
      'Aarhus Municipality',
      'Municipality of Groningen',
    ]);
  });

  it('checks the fields before sending, links the messages and focuses the first to fix', async () => {
    await open();
    await set('register-email', 'not-an-address');
    await set('register-password', 'short');
    await submit();
    http.expectNone('/api/auth/register');
    expect(alertText()).toContain('Enter an email address in the right format');
    expect(alertText()).toContain(
      'Enter a display name of 2 to 60 characters.',
    );
    expect(alertText()).toContain('Choose your organisation.');
    expect(alertText()).toContain('Enter a password of 12 to 128 characters.');
    const email = control('register-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('register-email-error');
    expect(
      control('register-organisationId').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(document.activeElement).toBe(email);
  });

  it('sends the form and shows the API message in a focused status panel', async () => {
    await open();
    await fillValid();
    await submit();
    const request = http.expectOne('/api/auth/register');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'new@groningen.example.org',
      displayName: 'Nieuwe Collega',
      organisationId: groningen.id,
      password: 'correct horse battery staple',
    });
    request.flush(
      { message: 'Check your inbox for a link.' },
      { status: 202, statusText: 'Accepted' },
    );
    await harness.fixture.whenStable();
    const panel = element().querySelector<HTMLElement>('[role="status"]');
    expect(panel?.textContent).toContain('Check your inbox for a link.');
    expect(document.activeElement).toBe(panel);
    expect(element().querySelector('form')).toBeNull();
  });

  it('puts a refused common password at the password field', async () => {
    await open();
    await fillValid();
    await submit();
    http
      .expectOne('/api/auth/register')
      .flush(
        ...problem(400, 'VALIDATION_FAILED', 'The request is not valid.', [
          { field: 'body.password', message: 'is too common' },
        ]),
      );
    await harness.fixture.whenStable();
    const password = control('register-password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toBe(
      'register-password-error register-password-hint',
    );
    expect(alertText()).toContain('Choose a different password');
    expect(control('register-email').hasAttribute('aria-invalid')).toBe(false);
    expect(document.activeElement).toBe(password);
  });

  it('shows other API problems and network failures in the summary, in Dutch too', async () => {
    await open();
    await TestBed.inject(I18nService).setLanguage('nl');
    await harness.fixture.whenStable();
    expect(element().querySelector('h1')?.textContent).toBe('Account aanmaken');
    await fillValid();
    await submit();
    http.expectOne('/api/auth/register').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Het aanmaken van het account is mislukt.');
    await submit();
    http
      .expectOne('/api/auth/register')
      .flush(...problem(429, 'RATE_LIMITED', 'Too many attempts.'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Too many attempts.');
  });

  it('says so when the organisations cannot be loaded', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/register');
    http
      .expectOne((request) => request.url === '/api/organisations')
      .error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(
      element().querySelector('#register-organisationId-hint')?.textContent,
    ).toContain('could not be loaded');
    expect(
      control('register-organisationId').getAttribute('aria-describedby'),
    ).toBe('register-organisationId-hint');
  });
});
