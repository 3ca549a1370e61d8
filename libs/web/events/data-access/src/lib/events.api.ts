import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Attendee,
  CalendarTokenCreated,
  CalendarTokenStatus,
  CreateEventRequest,
  EventDetail,
  EventPage,
  RsvpAnswer,
  RsvpResult,
  UpdateEventRequest,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { map, type Observable } from 'rxjs';
import { csrfWrapper } from './csrf';

/** What `GET /api/events` is asked for. */
export interface EventsQuery {
  /** Instants (ISO 8601): events overlapping `[from, to)`; without `from`, from now on. */
  from?: string;
  to?: string;
  /** Only events the signed-in person answered or organises. */
  mine?: boolean;
  cursor?: string | null;
  limit?: number;
}

/**
 * REST calls of events: `/api/events`, `/api/communities/:slug/events`, RSVPs, attendees,
 * iCalendar files and the personal calendar feed (`/api/users/me/calendar-token`).
 */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly withCsrf = csrfWrapper();

  /** Events the caller may read, soonest first (keyset pages of at most 100). */
  list(query: EventsQuery): Observable<EventPage> {
    let params = new HttpParams();
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    if (query.mine) params = params.set('mine', 'true');
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', query.limit);
    return this.http.get<EventPage>(`${this.baseUrl}/events`, { params });
  }

  /** A community's upcoming events (soonest first) or past ones (latest first). */
  inCommunity(
    slug: string,
    when: 'upcoming' | 'past',
    cursor: string | null,
    limit?: number,
  ): Observable<EventPage> {
    let params = new HttpParams().set('when', when);
    if (cursor) params = params.set('cursor', cursor);
    if (limit) params = params.set('limit', limit);
    return this.http.get<EventPage>(
      `${this.baseUrl}/communities/${encodeURIComponent(slug)}/events`,
      { params },
    );
  }

  /** One event; 404 when unknown or not readable. */
  get(id: string): Observable<EventDetail> {
    return this.http.get<EventDetail>(this.eventUrl(id));
  }

  /** Organises an event; 400 VALIDATION_FAILED naming fields, 403 NOT_A_MEMBER. */
  create(slug: string, request: CreateEventRequest): Observable<EventDetail> {
    return this.withCsrf(() =>
      this.http.post<EventDetail>(
        `${this.baseUrl}/communities/${encodeURIComponent(slug)}/events`,
        request,
      ),
    );
  }

  /** Changes an event (organisers, moderators); 409 EVENT_CANCELLED once cancelled. */
  update(id: string, patch: UpdateEventRequest): Observable<EventDetail> {
    return this.withCsrf(() =>
      this.http.patch<EventDetail>(this.eventUrl(id), patch),
    );
  }

  cancel(id: string, reason?: string): Observable<EventDetail> {
    return this.withCsrf(() =>
      this.http.post<EventDetail>(
        `${this.eventUrl(id)}/cancel`,
        reason ? { reason } : {},
      ),
    );
  }

  /** Answers for the caller; "going" on a full event answers `waitlisted`. */
  rsvp(id: string, status: RsvpAnswer): Observable<RsvpResult> {
    return this.withCsrf(() =>
      this.http.put<RsvpResult>(`${this.eventUrl(id)}/rsvp`, { status }),
    );
  }

  /** Who answered (organisers and moderators; 403 otherwise). */
  attendees(id: string): Observable<Attendee[]> {
    return this.http.get<Attendee[]>(`${this.eventUrl(id)}/attendees`);
  }

  /** The attendee list as a CSV download (a plain link: the session cookie goes along). */
  attendeesCsvUrl(id: string): string {
    return `${this.eventUrl(id)}/attendees?format=csv`;
  }

  /** The event as an iCalendar file. */
  icsUrl(id: string): string {
    return `${this.eventUrl(id)}/ics`;
  }

  /** A public community's calendar feed, to subscribe to. */
  communityCalendarUrl(slug: string): string {
    return `${this.baseUrl}/communities/${encodeURIComponent(slug)}/calendar.ics`;
  }

  /** Whether the signed-in person has a personal calendar feed. */
  calendarToken(): Observable<CalendarTokenStatus> {
    return this.http.get<CalendarTokenStatus>(
      `${this.baseUrl}/users/me/calendar-token`,
    );
  }

  /** A new personal feed address (shown this once); the previous one stops working. */
  createCalendarToken(): Observable<CalendarTokenCreated> {
    return this.withCsrf(() =>
      this.http.post<CalendarTokenCreated>(
        `${this.baseUrl}/users/me/calendar-token`,
        {},
      ),
    );
  }

  revokeCalendarToken(): Observable<void> {
    return this.withCsrf(() =>
      this.http
        .delete(`${this.baseUrl}/users/me/calendar-token`)
        .pipe(map(() => undefined)),
    );
  }

  private eventUrl(id: string): string {
    return `${this.baseUrl}/events/${encodeURIComponent(id)}`;
  }
}
