import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { forgotPasswordRoutes } from '../account.routes';

describe('ForgotPassword', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const element = () => harness.routeNativeElement as HTMLElement;
  const email = () =>
    element().querySelector<HTMLInputElement>('#forgot-password-email');
  const alertText = () =>
    element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  async function open(): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/forgot-password');
    await harness.fixture.whenStable();
  }

  async function submitWith(value: string): Promise<void> {
    const field = email();
    if (!field) throw new Error('no email field');
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
          [{ path: 'forgot-password', children: forgotPasswordRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('has a labelled email field and checks it before sending', async () => {
    await open();
    expect(element().querySelector('h1')?.textContent).toBe(
      'Forgot your password',
    );
    expect(
      element().querySelector('label[for="forgot-password-email"]')
        ?.textContent,
    ).toContain('Email address');
    await submitWith('nope');
    http.expectNone('/api/auth/password/forgot');
    expect(alertText()).toContain('Enter an email address in the right format');
    expect(email()?.getAttribute('aria-invalid')).toBe('true');
    expect(email()?.getAttribute('aria-describedby')).toBe(
      'forgot-password-email-error',
    );
    expect(document.activeElement).toBe(email());
  });

  it('sends the address and shows the API message in a focused status panel', async () => {
    await open();
    await submitWith(' someone@example.org ');
    const request = http.expectOne('/api/auth/password/forgot');
    expect(request.request.body).toEqual({ email: 'someone@example.org' });
    request.flush(
      { message: 'If the address is known, a link is on its way.' },
      { status: 202, statusText: 'Accepted' },
    );
    await harness.fixture.whenStable();
    const panel = element().querySelector('[role="status"]');
    expect(panel?.textContent).toContain('a link is on its way');
    expect(document.activeElement).toBe(panel);
  });

  it('maps an API email error to the field and reports network failures', async () => {
    await open();
    await submitWith('someone@example.org');
    http.expectOne('/api/auth/password/forgot').flush(
      {
        type: 'about:blank',
        title: 'Bad',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'Invalid.',
        errors: [{ field: 'body.email', message: 'must be an email address' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(email()?.getAttribute('aria-invalid')).toBe('true');

    await submitWith('someone@example.org');
    http
      .expectOne('/api/auth/password/forgot')
      .error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Sending the link failed.');
    expect(email()?.hasAttribute('aria-invalid')).toBe(false);
  });
});
