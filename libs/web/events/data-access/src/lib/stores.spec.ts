import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { EventDetail, EventSummary } from '@sce/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { EventPageStore } from './event-page.store';
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
});
