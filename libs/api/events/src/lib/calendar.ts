import { getVtimezone } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { EventEntity } from './event.entity';

/** The VTIMEZONE block for a zone (the library returns it wrapped in a calendar of its own). */
function vtimezone(zone: string): string | null {
  return /BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE/.exec(getVtimezone(zone) ?? '')?.[0] ?? null;
}

/**
 * An iCalendar document of events, each in the zone it was planned in with that zone's
 * VTIMEZONE, a stable UID, SEQUENCE raised by every change and STATUS:CANCELLED once cancelled.
 */
export function calendarOf(name: string, events: EventEntity[], eventUrl: (id: string) => string, host: string): string {
  const calendar = ical({ name, prodId: { company: 'Smart Cities Exchange', product: 'events', language: 'EN' }, timezone: { name: null, generator: vtimezone } });
  for (const event of events) {
    calendar.createEvent({
      id: `${event.id}@${host}`,
      sequence: event.sequence,
      start: DateTime.fromJSDate(event.startsAt, { zone: event.timeZone }),
      end: DateTime.fromJSDate(event.endsAt, { zone: event.timeZone }),
      timezone: event.timeZone,
      summary: event.title,
      description: [event.descriptionMarkdown, event.agendaMarkdown ? `Agenda\n${event.agendaMarkdown}` : '', event.onlineUrl ? `Online: ${event.onlineUrl}` : ''].filter(Boolean).join('\n\n'),
      location: event.venue ?? event.onlineUrl ?? undefined,
      url: eventUrl(event.id),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: event.updatedAt,
      created: event.createdAt,
    });
  }
  return calendar.toString();
}
