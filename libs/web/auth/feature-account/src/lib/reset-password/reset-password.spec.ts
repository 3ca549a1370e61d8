import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Announcer } from '@sce/web-shared-data-access';
import { resetPasswordRoutes } from '../account.routes';

const token = 'b'.repeat(43);

function problem(code: string, detail: string, errors?: unknown) {
  return [
    { type: 'about:blank', title: code, status: 400, detail, code, errors },
    { status: 400, statusText: 'Bad Request' },
  ] as const;
}

describe('ResetPassword', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const element = () => harness.routeNativeElement as HTMLElement;
  const password = () =>
    element().querySelector<HTMLInputElement>('#reset-password-password');
  const alertText = () =>
    element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  async function open(url = `/reset-password?token=${token}`): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
  }

  async function submitWith(value: string): Promise<void> {
    const field = password();
    if (!field) throw new Error('no password field');
    field.value = value;
    field.dispatchEvent(new Event('input'));
    element()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
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
          [{ path: 'reset-password', children: resetPasswordRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('hints at the rules and refuses a short password before sending', async () => {
    await open();
    expect(element().querySelector('h1')?.textContent).toBe(
      'Choose a new password',
    );
    expect(password()?.getAttribute('aria-describedby')).toBe(
      'reset-password-password-hint',
    );
    await submitWith('short');
    http.expectNone('/api/auth/password/reset');
    expect(alertText()).toContain('Enter a password of 12 to 128 characters.');
    expect(password()?.getAttribute('aria-invalid')).toBe('true');
    expect(password()?.getAttribute('aria-describedby')).toBe(
      'reset-password-password-error reset-password-password-hint',
    );
    expect(document.activeElement).toBe(password());
  });

  it('sends token and password, announces success and links to sign in', async () => {
    await open();
    const announce = jest.spyOn(TestBed.inject(Announcer), 'announce');
    await submitWith('a much longer passphrase');
    const request = http.expectOne('/api/auth/password/reset');
    expect(request.request.body).toEqual({
      token,
      password: 'a much longer passphrase',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    const panel = element().querySelector('[role="status"]');
    expect(panel?.textContent).toContain('Your password has been changed.');
    expect(panel?.querySelector('a')?.getAttribute('href')).toBe('/sign-in');
    expect(document.activeElement).toBe(panel);
    expect(announce).toHaveBeenCalledWith('resetPassword.done');
  });

  it('puts a refused password at the field and an invalid link in the alert', async () => {
    await open();
    await submitWith('password1234');
    http
      .expectOne('/api/auth/password/reset')
      .flush(
        ...problem('VALIDATION_FAILED', 'Invalid.', [
          { field: 'body.password', message: 'is too common' },
        ]),
      );
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Choose a different password');
    expect(password()?.getAttribute('aria-invalid')).toBe('true');

    await submitWith('a much longer passphrase');
    http
      .expectOne('/api/auth/password/reset')
      .flush(...problem('LINK_INVALID', 'This link has expired.'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('This link has expired.');
    expect(password()?.hasAttribute('aria-invalid')).toBe(false);
    expect(
      element().querySelector('[role="alert"] a')?.getAttribute('href'),
    ).toBe('/forgot-password');
  });

  it('does not send without a token', async () => {
    await open('/reset-password');
    await submitWith('a much longer passphrase');
    http.expectNone('/api/auth/password/reset');
    expect(alertText()).toContain('not valid or has expired');
  });
});
