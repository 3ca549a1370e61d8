import { z } from 'zod';
import { type PersonRef } from '../communities/community.schemas';
import { languageSchema } from '../identity/identity.enums';
import { timeZoneSchema } from '../identity/profile.schemas';
import { type Page, pageQuerySchema } from '../common/page';
import { BODY_MAX } from '../threads/thread.schemas';
import { type EventKind, type EventStatus, eventKindSchema } from './event.enums';

export const EVENT_TITLE_MAX = 200;

export const rsvpStatuses = ['going', 'maybe', 'declined', 'waitlisted'] as const;
export type RsvpStatus = (typeof rsvpStatuses)[number];
/** What a person may answer; "going" on a full event puts them on the waitlist. */
export const rsvpAnswers = ['going', 'maybe', 'declined'] as const;
export type RsvpAnswer = (typeof rsvpAnswers)[number];

/**
 * A wall-clock time in the event's own time zone, as the organiser planned it: `2026-03-28T10:00`.
 * The API turns it into an instant and refuses times a daylight-saving change skips.
 */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a local date and time such as 2026-03-28T10:00' });

const markdownFieldSchema = z
  .string()
  .trim()
  .max(BODY_MAX, { message: `must be at most ${BODY_MAX.toLocaleString('en')} characters long` });

/** The fields as sent; `createEventSchema` fills in what may be left out. */
const eventFields = {
  title: z
    .string()
    .trim()
    .min(3, { message: 'must be at least 3 characters long' })
    .max(EVENT_TITLE_MAX, { message: `must be at most ${EVENT_TITLE_MAX} characters long` }),
  description: markdownFieldSchema,
  agenda: markdownFieldSchema,
  kind: eventKindSchema,
  startLocal: localDateTimeSchema,
  endLocal: localDateTimeSchema,
  timeZone: timeZoneSchema,
  venue: z.string().trim().min(1).max(300, { message: 'must be at most 300 characters long' }).nullable(),
  onlineUrl: z.url({ protocol: /^https?$/, message: 'must be an http or https link' }).max(2000).nullable(),
  capacity: z
    .number({ message: 'must be a whole number of seats' })
    .int({ message: 'must be a whole number of seats' })
    .min(1, { message: 'must be at least 1 (leave it empty for no limit)' })
    .max(100_000, { message: 'must be at most 100000' })
    .nullable(),
  /** Local time in the event's zone after which answers close; before the start. */
  rsvpDeadlineLocal: localDateTimeSchema.nullable(),
  /** Co-organisers (people who may edit the event and see who comes), besides the creator. */
  organiserIds: z.array(z.uuid({ message: 'must be person ids' })).max(10, { message: 'must name at most 10 organisers' }),
  /** The language it is written in (search stems it so); defaults to the organiser's profile language. */
  language: languageSchema,
};

/** POST /api/communities/:slug/events. Times are checked by the API (order, daylight saving, deadline). */
export const createEventSchema = z
  .object({
    ...eventFields,
    description: eventFields.description.default(''),
    agenda: eventFields.agenda.default(''),
    venue: eventFields.venue.default(null),
    onlineUrl: eventFields.onlineUrl.default(null),
    capacity: eventFields.capacity.default(null),
    rsvpDeadlineLocal: eventFields.rsvpDeadlineLocal.default(null),
    organiserIds: eventFields.organiserIds.default([]),
    language: eventFields.language.optional(),
  })
  .refine((e) => e.venue !== null || e.onlineUrl !== null, { message: 'needs a venue, an online link or both', path: ['venue'] });
export type CreateEventRequest = z.infer<typeof createEventSchema>;

/** PATCH /api/events/:id: any field; the event's times are checked again as a whole. */
export const updateEventSchema = z
  .object(eventFields)
  .partial()
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), { message: 'must change at least one field' });
export type UpdateEventRequest = z.infer<typeof updateEventSchema>;

/** PUT /api/events/:id/rsvp. */
export const rsvpRequestSchema = z.object({ status: z.enum(rsvpAnswers, { message: 'must be going, maybe or declined' }) });
export type RsvpRequest = z.infer<typeof rsvpRequestSchema>;

/** POST /api/events/:id/cancel. */
export const cancelEventSchema = z.object({ reason: z.string().trim().max(1000).optional() });
export type CancelEventRequest = z.infer<typeof cancelEventSchema>;

export const eventWhen = ['upcoming', 'past'] as const;
/** GET /api/communities/:slug/events. */
export const communityEventsQuerySchema = pageQuerySchema.extend({ when: z.enum(eventWhen, { message: 'must be upcoming or past' }).default('upcoming') });
export type CommunityEventsQuery = z.infer<typeof communityEventsQuerySchema>;

/** GET /api/events: what the caller may read between two instants (a month view), or their own. */
export const eventsQuerySchema = pageQuerySchema
  .extend({
    from: z.iso.datetime({ offset: true, message: 'must be an instant such as 2026-03-01T00:00:00Z' }).optional(),
    to: z.iso.datetime({ offset: true, message: 'must be an instant such as 2026-04-01T00:00:00Z' }).optional(),
    /** Only events the caller answered or organises. */
    mine: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .transform((v) => v === 'true')
      .default(false),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: 'must be after from', path: ['to'] });
export type EventsQuery = z.infer<typeof eventsQuerySchema>;

export interface RsvpCounts {
  going: number;
  maybe: number;
  waitlisted: number;
}

export interface EventSummary {
  id: string;
  community: { id: string; slug: string; name: string };
  title: string;
  kind: EventKind;
  status: EventStatus;
  /** Instants (ISO 8601, UTC). */
  startsAt: string;
  endsAt: string;
  /** The zone it was planned in, and its wall-clock times there. */
  timeZone: string;
  startLocal: string;
  endLocal: string;
  venue: string | null;
  online: boolean;
  capacity: number | null;
  counts: RsvpCounts;
  /** The caller's answer, or null (visitors, no answer). */
  myRsvp: RsvpStatus | null;
}
export type EventPage = Page<EventSummary>;

export interface EventDetail extends EventSummary {
  description: string;
  descriptionHtml: string;
  agenda: string;
  agendaHtml: string;
  onlineUrl: string | null;
  rsvpDeadline: string | null;
  rsvpDeadlineLocal: string | null;
  organisers: PersonRef[];
  /** The event's discussion thread. */
  threadId: string | null;
  seatsLeft: number | null;
  cancelledReason: string | null;
  createdAt: string;
  updatedAt: string;
  viewer: {
    rsvp: RsvpStatus | null;
    /** 1 for the first in line; null unless waitlisted. */
    waitlistPosition: number | null;
    canRsvp: boolean;
    /** Why answering is closed, when it is: cancelled, past, deadline, not a member, signed out. */
    rsvpClosedReason: 'cancelled' | 'past' | 'deadline' | 'not-a-member' | 'signed-out' | null;
    canEdit: boolean;
    canSeeAttendees: boolean;
  };
}

export interface RsvpResult {
  status: RsvpStatus;
  waitlistPosition: number | null;
  counts: RsvpCounts;
  seatsLeft: number | null;
}

export interface Attendee {
  person: PersonRef;
  organisation: string | null;
  email: string;
  status: RsvpStatus;
  waitlistPosition: number | null;
  answeredAt: string;
}

/** GET /api/users/me/calendar-token: whether a personal feed exists (its address is shown once, when made). */
export interface CalendarTokenStatus {
  active: boolean;
  createdAt: string | null;
}
export interface CalendarTokenCreated {
  url: string;
  createdAt: string;
}

export type { EventKind, EventStatus };
