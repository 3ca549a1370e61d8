import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { unsubscribeRoutes } from '../notifications.routes';

describe('Unsubscribe', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'unsubscribe', children: unsubscribeRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
  }

  it('unsubscribes with the mail’s token and says which mails stop, with a link to the settings', async () => {
    await open('/unsubscribe?token=abc.def');
    expect(main().querySelector('[role="status"]')?.textContent?.trim()).toBe('Unsubscribing…');
    const request = http.expectOne((r) => r.url === '/api/unsubscribe');
    expect(request.request.params.get('token')).toBe('abc.def');
    request.flush({ unsubscribed: 'reply', message: 'You will no longer receive these mails.' });
    await harness.fixture.whenStable();
    expect(main().querySelector('h1')?.textContent?.trim()).toBe('Unsubscribe');
    expect(main().querySelector('.sce-status-panel')?.textContent?.trim()).toBe(
      'You will no longer receive mails about “Replies to you”. Your notifications in the app are unchanged.',
    );
    expect(main().querySelector('a')?.getAttribute('href')).toBe('/settings/notifications');
  });

  it('says when the digest stops', async () => {
    await open('/unsubscribe?token=abc.def');
    http
      .expectOne((r) => r.url === '/api/unsubscribe')
      .flush({ unsubscribed: 'digest', message: 'x' });
    await harness.fixture.whenStable();
    expect(main().textContent).toContain('You will no longer receive the daily digest.');
  });

  it('says when the link is not valid', async () => {
    await open('/unsubscribe?token=nonsense-token');
    http
      .expectOne((r) => r.url === '/api/unsubscribe')
      .flush(
        { code: 'UNSUBSCRIBE_TOKEN_INVALID', detail: 'x', status: 400, title: 'Bad Request', type: 'about:blank' },
        { status: 400, statusText: 'Bad Request' },
      );
    await harness.fixture.whenStable();
    expect(main().querySelector('.sce-status-panel.error')?.textContent).toContain(
      'This unsubscribe link is not valid',
    );
  });

  it('says a link without a token is not valid, asking nothing', async () => {
    await open('/unsubscribe');
    expect(main().textContent).toContain('This unsubscribe link is not valid');
  });

  it('offers to try again after a network failure', async () => {
    await open('/unsubscribe?token=abc.def');
    http.expectOne((r) => r.url === '/api/unsubscribe').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    const retry = main().querySelector<HTMLButtonElement>('[role="alert"] button');
    expect(retry?.textContent?.trim()).toBe('Try again');
    retry?.click();
    http.expectOne((r) => r.url === '/api/unsubscribe').flush({ unsubscribed: 'mention', message: 'x' });
    await harness.fixture.whenStable();
    expect(main().textContent).toContain('“Mentions of you”');
  });
});
