import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  EventDetail,
  EventSummary,
  RealtimeEvent,
} from '@sce/shared-contracts';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { firstValueFrom } from 'rxjs';
import { EVENT_REFRESH_DELAY_MS, EventPageStore } from './event-page.store';
import { EventsCalendarStore } from './events-calendar.store';

const ID = '11111111-1111-4111-8111-111111111111';

function aSummary(id: string): EventSummary {
  return {
    id,
    community: { id: 'c', slug: 'open-data', name: 'Open Data' },
    title: `Event ${id}`,
    kind: 'study_visit',
    status: 'scheduled',
    startsAt: '2027-01-28T09:00:00.000Z',
    endsAt: '2027-01-28T12:00:00.000Z',
    timeZone: 'Europe/Oslo',
    startLocal: '2027-01-28T10:00',
    endLocal: '2027-01-28T13:00',
    venue: 'Stavanger',
    online: false,
    capacity: 3,
    counts: { going: 2, maybe: 0, waitlisted: 0 },
    myRsvp: null,
  };
}

function aDetail(): EventDetail {
  return {
    ...aSummary(ID),
    description: '',
    descriptionHtml: '',
    agenda: '',
    agendaHtml: '',
    onlineUrl: null,
    rsvpDeadline: null,
    rsvpDeadlineLocal: null,
    organisers: [],
    threadId: null,
    seatsLeft: 1,
    cancelledReason: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    viewer: {
      rsvp: null,
      waitlistPosition: null,
      canRsvp: true,
      rsvpClosedReason: null,
      canEdit: false,
      canSeeAttendees: false,
    },
  };
}

describe('event stores', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        EventPageStore,
        EventsCalendarStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads every page of a month, once per range', () => {
    const store = TestBed.inject(EventsCalendarStore);
    const range = { from: '2026-12-27T23:00:00.000Z', to: '2027-01-31T23:00:00.000Z', mine: false };
    store.loadMonth(range);
    expect(store.status()).toBe('loading');
    const first = http.expectOne((r) => r.url === '/api/events');
    expect(first.request.params.get('limit')).toBe('100');
    first.flush({ items: [aSummary('a')], nextCursor: 'next' });
    const second = http.expectOne((r) => r.url === '/api/events');
    expect(second.request.params.get('cursor')).toBe('next');
    second.flush({ items: [aSummary('b')], nextCursor: null });
    expect(store.status()).toBe('loaded');
    expect(store.events().map((e) => e.id)).toEqual(['a', 'b']);

    store.loadMonth({ ...range });
    http.expectNone('/api/events');
    store.loadMonth({ ...range, mine: true });
    http.expectOne((r) => r.params.get('mine') === 'true').error(new ProgressEvent('error'));
    expect(store.status()).toBe('error');
  });

  it('patches the answer, the waitlist place, the counts and the seats into the event', async () => {
    const store = TestBed.inject(EventPageStore);
    const loaded = firstValueFrom(store.load(ID));
    http.expectOne(`/api/events/${ID}`).flush(aDetail());
    expect((await loaded)?.id).toBe(ID);
    expect(store.status()).toBe('loaded');

    const answer = firstValueFrom(store.rsvp('going'));
    expect(store.answering()).toBe('going');
    http.expectOne(`/api/events/${ID}/rsvp`).flush({
      status: 'waitlisted',
      waitlistPosition: 2,
      counts: { going: 3, maybe: 0, waitlisted: 2 },
      seatsLeft: 0,
    });
    await answer;
    expect(store.answering()).toBeNull();
    const event = store.event();
    expect(event?.viewer.rsvp).toBe('waitlisted');
    expect(event?.viewer.waitlistPosition).toBe(2);
    expect(event?.myRsvp).toBe('waitlisted');
    expect(event?.counts).toEqual({ going: 3, maybe: 0, waitlisted: 2 });
    expect(event?.seatsLeft).toBe(0);
  });

  it('tells an unknown event from a failure', () => {
    const store = TestBed.inject(EventPageStore);
    store.load(ID).subscribe();
    http
      .expectOne(`/api/events/${ID}`)
      .flush({ code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    expect(store.status()).toBe('not-found');
    store.retry();
    http.expectOne(`/api/events/${ID}`).error(new ProgressEvent('error'));
    expect(store.status()).toBe('error');
  });

  describe('live', () => {
    const room = 'community:c';
    let socket: FakeRealtimeSocket;
    let nextId = 11;

    async function settle(): Promise<void> {
      for (let i = 0; i < 10; i++) {
        await Promise.resolve();
      }
    }

    async function openLive(event: EventDetail): Promise<EventPageStore> {
      const store = TestBed.inject(EventPageStore);
      store.load(ID).subscribe();
      http.expectOne(`/api/events/${ID}`).flush(event);
      store.startLive();
      await settle();
      socket.serverConnect();
      expect(socket.pending('follow').map((sent) => sent.payload)).toEqual([
        { type: 'community', id: 'c' },
      ]);
      socket.answer('follow', { room, lastEventId: 10 });
      await settle();
      return store;
    }

    function changed(
      counts: EventDetail['counts'],
      extra: Record<string, unknown> = {},
      eventId = ID,
    ): void {
      socket.serverEmit('event', {
        id: nextId++,
        type: 'event.changed',
        rooms: [room],
        data: { eventId, communityId: 'c', counts, ...extra },
        at: '2026-11-03T10:00:00.000Z',
      } as RealtimeEvent);
    }

    beforeEach(() => {
      socket = TestBed.inject(FakeRealtimeSocket);
    });

    afterEach(() => jest.useRealTimers());

    it('puts others’ answers in place at once: counts and places left', async () => {
      const store = await openLive(aDetail());
      changed({ going: 3, maybe: 1, waitlisted: 0 });
      expect(store.event()?.counts).toEqual({ going: 3, maybe: 1, waitlisted: 0 });
      expect(store.event()?.seatsLeft).toBe(0);
      expect(store.liveChange()?.kind).toBe('answers');
      // Another event of the community: not this page's.
      changed({ going: 9, maybe: 9, waitlisted: 9 }, {}, 'other');
      expect(store.event()?.counts.going).toBe(3);
      // Nothing else was asked for.
      http.expectNone(`/api/events/${ID}`);
    });

    it('fetches the event again when it changed, or when the viewer waits for a place', async () => {
      jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
      const store = await openLive({
          ...aDetail(),
          counts: { going: 3, maybe: 0, waitlisted: 1 },
          seatsLeft: 0,
          viewer: { ...aDetail().viewer, rsvp: 'waitlisted', waitlistPosition: 1 },
      });
      // Someone going said no: the viewer moves up.
      changed({ going: 3, maybe: 0, waitlisted: 0 }, { change: 'answers' });
      changed({ going: 3, maybe: 0, waitlisted: 0 }, { change: 'answers' });
      jest.advanceTimersByTime(EVENT_REFRESH_DELAY_MS);
      http.expectOne(`/api/events/${ID}`).flush({
        ...aDetail(),
        counts: { going: 3, maybe: 0, waitlisted: 0 },
        seatsLeft: 0,
        viewer: { ...aDetail().viewer, rsvp: 'going' },
      });
      expect(store.event()?.viewer.rsvp).toBe('going');
      expect(store.liveChange()?.kind).toBe('promoted');

      // The organisers moved it: the counts are the same, the event is not.
      changed({ going: 3, maybe: 0, waitlisted: 0 }, { change: 'details' });
      jest.advanceTimersByTime(EVENT_REFRESH_DELAY_MS);
      http.expectOne(`/api/events/${ID}`).flush({
        ...aDetail(),
        counts: { going: 3, maybe: 0, waitlisted: 0 },
        venue: 'Elsewhere',
        updatedAt: '2026-11-03T10:00:00.000Z',
        viewer: { ...aDetail().viewer, rsvp: 'going' },
      });
      expect(store.event()?.venue).toBe('Elsewhere');
      expect(store.liveChange()?.kind).toBe('event');

      store.stopLive();
      expect(socket.sent.at(-1)?.event).toBe('unfollow');
    });
  });
});
