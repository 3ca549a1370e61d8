import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { verifyEmailRoutes } from '../account.routes';

const token = 'a'.repeat(43);

describe('VerifyEmail', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const element = () => harness.routeNativeElement as HTMLElement;

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'verify-email', children: verifyEmailRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('confirms the token on load and links to sign in when the account is active', async () => {
    await open(`/verify-email?token=${token}`);
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      'Confirming',
    );
    const request = http.expectOne('/api/auth/verify');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token });
    request.flush({ status: 'active' });
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      'Your address is confirmed — you can sign in now.',
    );
    expect(element().querySelector('a')?.getAttribute('href')).toBe('/sign-in');
  });

  it('says an administrator will approve the account', async () => {
    await open(`/verify-email?token=${token}`);
    http.expectOne('/api/auth/verify').flush({ status: 'awaiting-approval' });
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      'an administrator will approve your account',
    );
  });

  it('shows the detail of an invalid link in an alert', async () => {
    await open(`/verify-email?token=${token}`);
    http.expectOne('/api/auth/verify').flush(
      {
        type: 'about:blank',
        title: 'Bad',
        status: 400,
        code: 'LINK_INVALID',
        detail: 'This link has expired.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'This link has expired.',
    );
    expect(element().querySelector('a')?.getAttribute('href')).toBe(
      '/register',
    );
  });

  it('does not call the API without a token', async () => {
    await open('/verify-email');
    http.expectNone('/api/auth/verify');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'not valid or has expired',
    );
  });

  it('reports network failures', async () => {
    await open(`/verify-email?token=${token}`);
    http.expectOne('/api/auth/verify').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Confirming failed',
    );
  });
});
