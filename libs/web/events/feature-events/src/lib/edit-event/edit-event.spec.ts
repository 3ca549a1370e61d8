import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventDetail } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { provideRealtimeTesting } from '@sce/web-threads-data-access';
import { eventsRoutes } from '../events.routes';
import { EVENT_ID, anEvent, tom } from '../testing.spec-helper';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const editable = (overrides: Partial<EventDetail> = {}) =>
  anEvent({
    viewer: { ...anEvent().viewer, canEdit: true },
    ...overrides,
  });

describe('EditEvent', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) =>
    main().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  /** Opens the edit page; `answer` is what the API says to the event's request. */
  async function open(
    answer: (request: ReturnType<HttpTestingController['expectOne']>) => void,
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/events/${EVENT_ID}/edit`);
    // The sign-in guard waits for the session (an effect) before the event is asked for.
    await tick();
    await tick();
    answer(http.expectOne(`/api/events/${EVENT_ID}`));
    await navigation;
    await harness.fixture.whenStable();
  }

  function submitTitle(title: string): void {
    const input = main().querySelector<HTMLInputElement>('#event-title');
    if (input) {
      input.value = title;
      input.dispatchEvent(new Event('input'));
    }
    main().querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  /** Lets the event's page that opens after saving load (it asks for the event again). */
  async function settle(): Promise<void> {
    await tick();
    await tick();
    for (const request of http.match(`/api/events/${EVENT_ID}`)) {
      request.flush(editable());
    }
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        provideRouter(
          [{ path: 'events', children: eventsRoutes }, { path: '**', children: [] }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(tom);
  });

  afterEach(() => http.verify());

  it('saves what changed, says so and opens the event', async () => {
    await open((request) => request.flush(editable()));
    expect(text('h1')).toBe('Edit event');
    submitTitle('Study visit: Stavanger');
    await harness.fixture.whenStable();
    const patch = http.expectOne(`/api/events/${EVENT_ID}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ title: 'Study visit: Stavanger' });
    patch.flush(editable({ title: 'Study visit: Stavanger' }));
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('events.edit.saved');
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/events/${EVENT_ID}`);
  });

  it('explains a refusal in the form and lets the person try again', async () => {
    await open((request) => request.flush(editable()));
    submitTitle('Study visit: Stavanger');
    await harness.fixture.whenStable();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(
      { code: 'FORBIDDEN', status: 403, title: 'Forbidden', detail: 'No.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await harness.fixture.whenStable();
    expect(text('.sce-problems')).toContain(
      'Only the organisers and the community’s moderators can change this event.',
    );
    expect(TestBed.inject(Router).url).toBe(`/events/${EVENT_ID}/edit`);
    // No longer pending: the button sends again.
    submitTitle('Study visit: Stavanger');
    await harness.fixture.whenStable();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(editable());
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/events/${EVENT_ID}`);
  });

  it('says when the event is not there', async () => {
    await open((request) =>
      request.flush(
        { code: 'NOT_FOUND', status: 404, title: 'Not Found', detail: 'No.' },
        { status: 404, statusText: 'Not Found' },
      ),
    );
    expect(text('h1')).toBe('Event not found');
    expect(main().querySelector('a[href="/events"]')?.textContent?.trim()).toBe(
      'See all events',
    );
  });

  it('offers to try again when loading fails', async () => {
    await open((request) =>
      request.flush(null, { status: 503, statusText: 'Unavailable' }),
    );
    expect(text('h1')).toBe('Edit event');
    const retry = Array.from(main().querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === 'Try again',
    );
    retry?.click();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(editable());
    await harness.fixture.whenStable();
    expect(main().querySelector('#event-title')).not.toBeNull();
  });
});
