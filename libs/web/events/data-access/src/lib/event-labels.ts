import type {
  EventDetail,
  EventKind,
  RsvpStatus,
} from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

/** The kinds of event, in the order forms offer them (a copy: contracts' values carry zod). */
export const eventKindList = [
  'workshop',
  'meeting',
  'study_visit',
  'webinar',
  'conference',
] as const satisfies readonly EventKind[];

export const eventKindKeys: Readonly<Record<EventKind, TranslationKey>> = {
  workshop: 'events.kind.workshop',
  meeting: 'events.kind.meeting',
  study_visit: 'events.kind.study_visit',
  webinar: 'events.kind.webinar',
  conference: 'events.kind.conference',
};

/** The viewer's answer as a short badge. */
export const rsvpBadgeKeys: Readonly<Record<RsvpStatus, TranslationKey>> = {
  going: 'events.rsvp.badge.going',
  maybe: 'events.rsvp.badge.maybe',
  declined: 'events.rsvp.badge.declined',
  waitlisted: 'events.rsvp.badge.waitlisted',
};

export type RsvpClosedReason = NonNullable<
  EventDetail['viewer']['rsvpClosedReason']
>;

/** Why answering is closed. */
export const rsvpClosedKeys: Readonly<Record<RsvpClosedReason, TranslationKey>> =
  {
    cancelled: 'events.rsvp.closed.cancelled',
    past: 'events.rsvp.closed.past',
    deadline: 'events.rsvp.closed.deadline',
    'not-a-member': 'events.rsvp.closed.notMember',
    'signed-out': 'events.rsvp.closed.signedOut',
  };
