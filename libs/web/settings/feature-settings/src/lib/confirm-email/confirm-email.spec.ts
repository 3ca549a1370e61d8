import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { confirmEmailRoutes } from '../settings.routes';

const token = 'c'.repeat(43);

describe('ConfirmEmail', () => {
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
          [{ path: 'confirm-email', children: confirmEmailRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('confirms the token on load and links to the account settings', async () => {
    await open(`/confirm-email?token=${token}`);
    expect(element().querySelector('h1')?.textContent).toBe(
      'Confirm your new email address',
    );
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      'Confirming',
    );
    const request = http.expectOne('/api/users/email/confirm');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      'Your new email address is confirmed.',
    );
    expect(element().querySelector('a')?.getAttribute('href')).toBe(
      '/settings/account',
    );
  });

  it('shows the detail of an invalid or taken link in an alert', async () => {
    await open(`/confirm-email?token=${token}`);
    http.expectOne('/api/users/email/confirm').flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'LINK_INVALID',
        detail: 'This address is now used by another account.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    const alert = element().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'This address is now used by another account.',
    );
    expect(alert?.querySelector('a')?.textContent).toContain(
      'Ask for a new link',
    );
  });

  it('does not call the API without a token', async () => {
    await open('/confirm-email');
    http.expectNone('/api/users/email/confirm');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'not valid or has expired',
    );
  });

  it('reports network failures', async () => {
    await open(`/confirm-email?token=${token}`);
    http
      .expectOne('/api/users/email/confirm')
      .error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Confirming failed',
    );
  });
});
