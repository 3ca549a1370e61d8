import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventDetail, RealtimeEvent } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { eventsRoutes } from '../events.routes';
import { EVENT_ID, anEvent, tom } from '../testing.spec-helper';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('EventPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) =>
    main().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const texts = (selector: string) =>
    Array.from(main().querySelectorAll(selector)).map((e) =>
      e.textContent?.replace(/\s+/g, ' ').trim(),
    );
  const button = (name: string, root: ParentNode = main()) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === name,
    ) as HTMLButtonElement;

  async function open(event: EventDetail, signedIn = true): Promise<void> {
    if (signedIn) {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      TestBed.inject(SessionStore).load();
      http.expectOne('/api/auth/me').flush(tom);
    }
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/events/${EVENT_ID}`);
    await tick();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(event);
    await navigation;
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      // The attached documents (a deferred block) are tested in the documents feature.
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        provideRouter(
          [{ path: 'events', children: eventsRoutes }],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  it('shows when in Oslo and in the viewer’s time, where, who organises and the places', async () => {
    await open(anEvent());
    expect(text('h1')).toBe('Study visit: Stavanger’s urban data platform');
    expect(texts('.badges li')).toEqual(['Study visit']);
    expect(text('.date')).toBe('Thursday, 28 January 2027');
    expect(text('.times')).toBe(
      '10:00–13:00 in Oslo (CET) — 09:00–12:00 your time (GMT)',
    );
    expect(main().querySelector('time')?.getAttribute('datetime')).toBe(
      '2027-01-28T09:00:00.000Z',
    );
    expect(text('.facts')).toContain('Olav Kyrres gate 19, Stavanger');
    expect(text('.facts')).toContain('Erik Nilsen');
    expect(text('.facts')).toContain('Full: all 3 places are taken');
    expect(text('.facts')).toContain('3 going · 0 maybe · 1 on the waitlist');
    expect(main().querySelector('.sce-markdown strong')?.textContent).toBe(
      'smart city office',
    );
    const ics = Array.from(main().querySelectorAll('a')).find((a) =>
      a.textContent?.includes('.ics'),
    );
    expect(ics?.getAttribute('href')).toBe(`/api/events/${EVENT_ID}/ics`);
    expect(ics?.hasAttribute('download')).toBe(true);
    expect(
      main().querySelector(`a[href="/threads/${anEvent().threadId}"]`)?.textContent,
    ).toContain('Discuss this event');
    expect(text('#rsvp-full')).toBe(
      'All places are taken: answering “Going” puts you on the waitlist.',
    );
    expect(main().querySelector('.organiser')).toBeNull();
  });

  it('answers "Going" and shows the place on the waitlist', async () => {
    await open(anEvent());
    const announcer = TestBed.inject(Announcer);
    button('Going').click();
    const put = http.expectOne(`/api/events/${EVENT_ID}/rsvp`);
    expect(put.request.body).toEqual({ status: 'going' });
    await harness.fixture.whenStable();
    expect(button('Going').getAttribute('aria-disabled')).toBe('true');
    put.flush({
      status: 'waitlisted',
      waitlistPosition: 2,
      counts: { going: 3, maybe: 0, waitlisted: 2 },
      seatsLeft: 0,
    });
    await harness.fixture.whenStable();
    expect(text('#rsvp-status')).toBe('You’re on the waitlist, position 2.');
    expect(button('Going').getAttribute('aria-pressed')).toBe('true');
    expect(texts('.badges li')).toEqual(['Study visit', 'On the waitlist']);
    expect(text('.facts')).toContain('3 going · 0 maybe · 2 on the waitlist');
    expect(announcer.announcement()?.key).toBe('events.rsvp.status.waitlistedAt');
  });

  it('says why answering is closed, with a way in for visitors', async () => {
    await open(
      anEvent({
        viewer: { ...anEvent().viewer, canRsvp: false, rsvpClosedReason: 'signed-out' },
      }),
      false,
    );
    expect(button('Going').disabled).toBe(true);
    expect(text('#rsvp-closed')).toBe('Sign in to answer. Sign in');
    expect(
      main().querySelector('#rsvp-closed a')?.getAttribute('href'),
    ).toBe(`/sign-in?returnUrl=%2Fevents%2F${EVENT_ID}`);
  });

  it('shows a cancelled event with its reason', async () => {
    await open(
      anEvent({
        status: 'cancelled',
        cancelledReason: 'The speaker is ill.',
        viewer: { ...anEvent().viewer, canRsvp: false, rsvpClosedReason: 'cancelled' },
      }),
    );
    expect(text('.cancelled-banner')).toBe(
      'This event is cancelled. Reason: The speaker is ill.',
    );
    expect(texts('.badges li')).toEqual(['Study visit', 'Cancelled']);
    expect(text('#rsvp-closed')).toBe('The event is cancelled.');
  });

  it('lets those who may flag report an event they do not organise', async () => {
    TestBed.inject(SessionStore);
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush({ ...tom, permissions: [...tom.permissions, 'content.flag'] });
    await open(anEvent(), false);
    const report = main().querySelector('#event-report') as HTMLButtonElement;
    expect(report.getAttribute('aria-label')).toBe(`Report ${anEvent().title} to the moderators`);
    report.click();
    await harness.fixture.whenStable();
    const dialog = document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe(`Flag ${anEvent().title}`);
    (dialog.querySelector('#flag-reason-spam') as HTMLInputElement).click();
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const flag = http.expectOne('/api/flags');
    expect(flag.request.body).toEqual(expect.objectContaining({ targetType: 'event', targetId: EVENT_ID }));
    flag.flush({ id: 'f1' });
    await harness.fixture.whenStable();
    await tick();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('moderation.report.done');
  });

  it('offers no report to organisers, nor to people who may not flag', async () => {
    await open(anEvent({ viewer: { ...anEvent().viewer, canEdit: true } }));
    expect(main().querySelector('#event-report')).toBeNull();
  });

  it('shows organisers who answered and lets them cancel after asking', async () => {
    await open(
      anEvent({
        viewer: { ...anEvent().viewer, canEdit: true, canSeeAttendees: true },
      }),
    );
    http.expectOne(`/api/events/${EVENT_ID}/attendees`).flush([
      {
        person: { id: 'b', displayName: 'Lukas Hoffmann' },
        organisation: 'Bremen',
        email: 'lukas@example.org',
        status: 'waitlisted',
        waitlistPosition: 1,
        answeredAt: '2026-11-02T10:00:00.000Z',
      },
      {
        person: { id: 'a', displayName: 'Tom Ashworth' },
        organisation: 'Aberdeen',
        email: 'member@example.org',
        status: 'going',
        waitlistPosition: null,
        answeredAt: '2026-11-03T10:00:00.000Z',
      },
    ]);
    await harness.fixture.whenStable();
    expect(text('caption')).toBe('2 people answered');
    expect(texts('tbody tr:first-child > *')).toEqual([
      'Tom Ashworth',
      'Aberdeen',
      'member@example.org',
      'Going',
      '3 Nov 2026',
    ]);
    expect(texts('tbody th')).toEqual(['Tom Ashworth', 'Lukas Hoffmann']);
    expect(texts('tbody tr:last-child td')[2]).toBe('Waitlist, position 1');
    expect(
      main().querySelector(`a[href="/api/events/${EVENT_ID}/attendees?format=csv"]`),
    ).not.toBeNull();
    expect(main().querySelector(`a[href="/events/${EVENT_ID}/edit"]`)).not.toBeNull();

    button('Cancel event…').click();
    await harness.fixture.whenStable();
    const reason = main().querySelector<HTMLTextAreaElement>('#event-cancel-reason');
    expect(document.activeElement).toBe(reason);
    if (reason) {
      reason.value = 'The speaker is ill.';
      reason.dispatchEvent(new Event('input'));
    }
    button('Cancel event').click();
    let confirm: HTMLButtonElement | undefined;
    for (let i = 0; i < 50 && !confirm; i++) {
      await tick();
      confirm = Array.from(
        document.querySelectorAll<HTMLButtonElement>('.cdk-overlay-container button'),
      ).find((b) => b.textContent?.trim() === 'Cancel event');
    }
    confirm?.click();
    await tick();
    const cancel = http.expectOne(`/api/events/${EVENT_ID}/cancel`);
    expect(cancel.request.body).toEqual({ reason: 'The speaker is ill.' });
    cancel.flush(
      anEvent({
        status: 'cancelled',
        cancelledReason: 'The speaker is ill.',
        viewer: {
          ...anEvent().viewer,
          canEdit: true,
          canSeeAttendees: true,
          rsvpClosedReason: 'cancelled',
        },
      }),
    );
    await harness.fixture.whenStable();
    expect(text('.cancelled-banner')).toContain('This event is cancelled.');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('events.cancel.done');
  });

  it('follows the community and shows others’ answers as they come, read out politely', async () => {
    await open(anEvent({ counts: { going: 1, maybe: 0, waitlisted: 0 }, seatsLeft: 2 }));
    const socket = TestBed.inject(FakeRealtimeSocket);
    for (let i = 0; i < 10; i++) {
      await Promise.resolve();
    }
    socket.serverConnect();
    expect(socket.pending('follow').map((sent) => sent.payload)).toEqual([
      { type: 'community', id: anEvent().community.id },
    ]);
    socket.answer('follow', { room: `community:${anEvent().community.id}`, lastEventId: 5 });
    await tick();
    expect(text('.facts')).toContain('2 of 3 places left');

    socket.serverEmit('event', {
      id: 6,
      type: 'event.changed',
      rooms: [`community:${anEvent().community.id}`],
      data: {
        eventId: EVENT_ID,
        communityId: anEvent().community.id,
        counts: { going: 2, maybe: 1, waitlisted: 0 },
      },
      at: '2026-11-03T10:00:00.000Z',
    } as RealtimeEvent);
    await harness.fixture.whenStable();
    expect(text('.facts')).toContain('1 of 3 places left');
    expect(text('.facts')).toContain('2 going · 1 maybe');
    const announcement = TestBed.inject(Announcer).announcement();
    expect(announcement?.key).toBe('events.live.answers');
    expect(announcement?.params).toEqual({
      answers: '2 going · 1 maybe',
      places: '1 of 3 places left',
    });
    // Focus stays where it was.
    expect(document.activeElement).toBe(document.body);

    // Leaving the page stops following.
    await harness.navigateByUrl('/events');
    http.match(() => true).forEach((request) => request.flush({ items: [], nextCursor: null }));
    expect(socket.sent.some((sent) => sent.event === 'unfollow')).toBe(true);
  });
});
