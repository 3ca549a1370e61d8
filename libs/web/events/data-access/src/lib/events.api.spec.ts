import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RsvpResult } from '@sce/shared-contracts';
import { EventsApi } from './events.api';

const ID = '11111111-1111-4111-8111-111111111111';

describe('EventsApi', () => {
  let http: HttpTestingController;
  let api: EventsApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(EventsApi);
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists the events of a range, only the caller’s when asked', () => {
    api
      .list({
        from: '2026-12-27T23:00:00.000Z',
        to: '2027-01-31T23:00:00.000Z',
        mine: true,
        cursor: 'c1',
        limit: 100,
      })
      .subscribe();
    const request = http.expectOne((r) => r.url === '/api/events');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('from')).toBe('2026-12-27T23:00:00.000Z');
    expect(request.request.params.get('to')).toBe('2027-01-31T23:00:00.000Z');
    expect(request.request.params.get('mine')).toBe('true');
    expect(request.request.params.get('cursor')).toBe('c1');
    expect(request.request.params.get('limit')).toBe('100');
    request.flush({ items: [], nextCursor: null });

    api.list({ mine: false }).subscribe();
    expect(http.expectOne('/api/events').request.params.keys()).toEqual([]);
  });

  it('lists a community’s upcoming and past events', () => {
    api.inCommunity('open data', 'past', 'c2', 3).subscribe();
    const request = http.expectOne(
      (r) => r.url === '/api/communities/open%20data/events',
    );
    expect(request.request.params.get('when')).toBe('past');
    expect(request.request.params.get('cursor')).toBe('c2');
    expect(request.request.params.get('limit')).toBe('3');
    request.flush({ items: [], nextCursor: null });
  });

  it('fetches the XSRF cookie before the first change when there is none', () => {
    let answer: RsvpResult | undefined;
    api.rsvp(ID, 'going').subscribe((result) => (answer = result));
    http.expectOne('/api/auth/csrf').flush(null);
    const rsvp = http.expectOne(`/api/events/${ID}/rsvp`);
    expect(rsvp.request.method).toBe('PUT');
    expect(rsvp.request.body).toEqual({ status: 'going' });
    const result: RsvpResult = {
      status: 'waitlisted',
      waitlistPosition: 2,
      counts: { going: 3, maybe: 0, waitlisted: 2 },
      seatsLeft: 0,
    };
    rsvp.flush(result);
    expect(answer).toEqual(result);
  });

  it('creates, changes and cancels events', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    api
      .create('open-data', {
        title: 'Study visit',
        kind: 'study_visit',
        startLocal: '2027-01-28T10:00',
        endLocal: '2027-01-28T13:00',
        timeZone: 'Europe/Oslo',
        venue: 'Stavanger',
        onlineUrl: null,
        capacity: 3,
        rsvpDeadlineLocal: null,
        description: '',
        agenda: '',
        organiserIds: [],
      })
      .subscribe();
    const create = http.expectOne('/api/communities/open-data/events');
    expect(create.request.method).toBe('POST');
    expect(create.request.body.timeZone).toBe('Europe/Oslo');
    create.flush({});

    api.update(ID, { capacity: 5 }).subscribe();
    const update = http.expectOne(`/api/events/${ID}`);
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toEqual({ capacity: 5 });
    update.flush({});

    api.cancel(ID, 'The speaker is ill').subscribe();
    const cancel = http.expectOne(`/api/events/${ID}/cancel`);
    expect(cancel.request.method).toBe('POST');
    expect(cancel.request.body).toEqual({ reason: 'The speaker is ill' });
    cancel.flush({});

    api.cancel(ID).subscribe();
    expect(http.expectOne(`/api/events/${ID}/cancel`).request.body).toEqual({});
  });

  it('reads an event and its attendees, and names the download addresses', () => {
    api.get(ID).subscribe();
    http.expectOne(`/api/events/${ID}`).flush({});
    api.attendees(ID).subscribe();
    http.expectOne(`/api/events/${ID}/attendees`).flush([]);
    expect(api.icsUrl(ID)).toBe(`/api/events/${ID}/ics`);
    expect(api.attendeesCsvUrl(ID)).toBe(`/api/events/${ID}/attendees?format=csv`);
    expect(api.communityCalendarUrl('open-data')).toBe(
      '/api/communities/open-data/calendar.ics',
    );
  });

  it('reads, makes and revokes the personal calendar feed', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    api.calendarToken().subscribe();
    http
      .expectOne('/api/users/me/calendar-token')
      .flush({ active: false, createdAt: null });
    api.createCalendarToken().subscribe();
    const create = http.expectOne('/api/users/me/calendar-token');
    expect(create.request.method).toBe('POST');
    create.flush({ url: 'https://x/api/calendar/t.ics', createdAt: '2027-01-01T00:00:00Z' });
    let done = false;
    api.revokeCalendarToken().subscribe(() => (done = true));
    const revoke = http.expectOne('/api/users/me/calendar-token');
    expect(revoke.request.method).toBe('DELETE');
    revoke.flush(null, { status: 204, statusText: 'No Content' });
    expect(done).toBe(true);
  });
});
