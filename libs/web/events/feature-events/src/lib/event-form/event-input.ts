import type {
  CreateEventRequest,
  EventDetail,
  EventKind,
  PersonRef,
  UpdateEventRequest,
} from '@sce/shared-contracts';
import { zonedTimeToInstant } from '@sce/shared-util';
import { isKnownTimeZone } from '@sce/web-events-data-access';
import {
  problemOf,
  type FieldProblems,
  type TranslationKey,
} from '@sce/web-shared-data-access';

/** The event form's fields as the API names them, top to bottom. */
export const eventFields = [
  'title',
  'kind',
  'startLocal',
  'endLocal',
  'timeZone',
  'venue',
  'onlineUrl',
  'capacity',
  'rsvpDeadlineLocal',
  'description',
  'agenda',
  'organiserIds',
] as const;
export type EventField = (typeof eventFields)[number];

/** What the form holds: dates and times as the date and time inputs give them. */
export interface EventFormValue {
  title: string;
  kind: EventKind;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  venue: string;
  onlineUrl: string;
  capacity: string;
  deadlineDate: string;
  deadlineTime: string;
  description: string;
  agenda: string;
  /** Who organises it besides whoever created it (the creator always does). */
  organisers: readonly PersonRef[];
}

/** Our text for each field the API refused, when its message says nothing more precise. */
export const eventFieldKeys: Readonly<Record<EventField, TranslationKey>> = {
  title: 'events.form.error.title',
  kind: 'events.form.error.kind',
  startLocal: 'events.form.error.start',
  endLocal: 'events.form.error.end',
  timeZone: 'events.form.error.timeZone',
  venue: 'events.form.error.place',
  onlineUrl: 'events.form.error.onlineUrl',
  capacity: 'events.form.error.capacity',
  rsvpDeadlineLocal: 'events.form.error.deadline',
  description: 'events.form.error.tooLong',
  agenda: 'events.form.error.tooLong',
  organiserIds: 'events.form.error.organisers',
};

/** How many organisers an event may name (the contract's limit of `organiserIds`). */
export const ORGANISERS_MAX = 10;

/** The limit of the description and the agenda (BODY_MAX of the contracts). */
export const EVENT_TEXT_MAX = 50_000;
const TITLE_MIN = 3;
const TITLE_MAX = 200;
const VENUE_MAX = 300;

const isUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

const local = (date: string, time: string): string => `${date}T${time}`;

/** A date and time in `timeZone`: missing, skipped by daylight saving, or the instant. */
function instantOf(
  date: string,
  time: string,
  timeZone: string,
): 'missing' | 'skipped' | Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return 'missing';
  }
  return zonedTimeToInstant(date, time, timeZone) ?? 'skipped';
}

/**
 * What is wrong with the form before it is sent, with a precise text for each field: missing
 * or impossible times (a time daylight saving skips in the chosen zone), an end before the start,
 * a deadline after it, no place, a bad link or number of places.
 */
export function checkEventForm(value: EventFormValue): FieldProblems<EventField> {
  const problems: FieldProblems<EventField> = {};
  const title = value.title.trim();
  if (title.length < TITLE_MIN || title.length > TITLE_MAX) {
    problems.title = 'events.form.error.title';
  }
  const zoneKnown = isKnownTimeZone(value.timeZone);
  if (!zoneKnown) {
    problems.timeZone = 'events.form.error.timeZone';
  }
  const zone = zoneKnown ? value.timeZone : 'UTC';
  const start = instantOf(value.startDate, value.startTime, zone);
  const end = instantOf(value.endDate, value.endTime, zone);
  if (start === 'missing') {
    problems.startLocal = 'events.form.error.startMissing';
  } else if (start === 'skipped') {
    problems.startLocal = 'events.form.error.startSkipped';
  }
  if (end === 'missing') {
    problems.endLocal = 'events.form.error.endMissing';
  } else if (end === 'skipped') {
    problems.endLocal = 'events.form.error.endSkipped';
  } else if (start instanceof Date && end <= start) {
    problems.endLocal = 'events.form.error.endBeforeStart';
  }
  const venue = value.venue.trim();
  const onlineUrl = value.onlineUrl.trim();
  if (venue === '' && onlineUrl === '') {
    problems.venue = 'events.form.error.place';
  } else if (venue.length > VENUE_MAX) {
    problems.venue = 'events.form.error.venueLong';
  }
  if (onlineUrl !== '' && !isUrl(onlineUrl)) {
    problems.onlineUrl = 'events.form.error.onlineUrl';
  }
  const capacity = value.capacity.trim();
  if (
    capacity !== '' &&
    (!/^\d+$/.test(capacity) ||
      Number(capacity) < 1 ||
      Number(capacity) > 100_000)
  ) {
    problems.capacity = 'events.form.error.capacity';
  }
  if (value.deadlineDate !== '' || value.deadlineTime !== '') {
    const deadline = instantOf(value.deadlineDate, value.deadlineTime, zone);
    if (deadline === 'missing') {
      problems.rsvpDeadlineLocal = 'events.form.error.deadlineIncomplete';
    } else if (deadline === 'skipped') {
      problems.rsvpDeadlineLocal = 'events.form.error.deadlineSkipped';
    } else if (start instanceof Date && deadline > start) {
      problems.rsvpDeadlineLocal = 'events.form.error.deadlineAfterStart';
    }
  }
  if (value.description.length > EVENT_TEXT_MAX) {
    problems.description = 'events.form.error.tooLong';
  }
  if (value.agenda.length > EVENT_TEXT_MAX) {
    problems.agenda = 'events.form.error.tooLong';
  }
  if (value.organisers.length > ORGANISERS_MAX) {
    problems.organiserIds = 'events.form.error.organisersTooMany';
  }
  return problems;
}

/** The request that organises the event the form describes (check it first). */
export function toCreateRequest(value: EventFormValue): CreateEventRequest {
  const venue = value.venue.trim();
  const onlineUrl = value.onlineUrl.trim();
  const capacity = value.capacity.trim();
  return {
    title: value.title.trim(),
    kind: value.kind,
    startLocal: local(value.startDate, value.startTime),
    endLocal: local(value.endDate, value.endTime),
    timeZone: value.timeZone,
    venue: venue === '' ? null : venue,
    onlineUrl: onlineUrl === '' ? null : onlineUrl,
    capacity: capacity === '' ? null : Number(capacity),
    rsvpDeadlineLocal:
      value.deadlineDate === ''
        ? null
        : local(value.deadlineDate, value.deadlineTime),
    description: value.description.trim(),
    agenda: value.agenda.trim(),
    organiserIds: value.organisers.map((person) => person.id),
  };
}

/** The form filled with an event, to edit it. */
export function toFormValue(event: EventDetail): EventFormValue {
  const [startDate, startTime] = event.startLocal.split('T');
  const [endDate, endTime] = event.endLocal.split('T');
  const [deadlineDate, deadlineTime] = event.rsvpDeadlineLocal?.split('T') ?? [
    '',
    '',
  ];
  return {
    title: event.title,
    kind: event.kind,
    startDate,
    startTime,
    endDate,
    endTime,
    timeZone: event.timeZone,
    venue: event.venue ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    deadlineDate,
    deadlineTime,
    description: event.description,
    agenda: event.agenda,
    organisers: event.organisers,
  };
}

/**
 * Only what changed, so that an edit that leaves the time and place alone does not tell everyone
 * who answered that the event changed. Null when nothing did.
 */
export function toUpdateRequest(
  event: EventDetail,
  value: EventFormValue,
): UpdateEventRequest | null {
  const next = toCreateRequest(value);
  const before = toCreateRequest(toFormValue(event));
  const patch: UpdateEventRequest = {};
  const keys = [
    'title',
    'kind',
    'startLocal',
    'endLocal',
    'timeZone',
    'venue',
    'onlineUrl',
    'capacity',
    'rsvpDeadlineLocal',
    'description',
    'agenda',
  ] as const;
  for (const key of keys) {
    if (next[key] !== before[key]) {
      Object.assign(patch, { [key]: next[key] });
    }
  }
  const ids = (list: readonly string[]) => [...list].sort().join(',');
  if (ids(next.organiserIds) !== ids(before.organiserIds)) {
    patch.organiserIds = next.organiserIds;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * The fields a 400 answer names, each with our most precise text for the API's message (a time
 * skipped by daylight saving, an end before the start …). Empty when the problem names none.
 */
export function eventProblemsOf(error: unknown): FieldProblems<EventField> {
  const problems: FieldProblems<EventField> = {};
  for (const { field: path, message } of problemOf(error)?.errors ?? []) {
    const field = path.replace(/^body\./, '').split('.')[0] as EventField;
    if (!(eventFields as readonly string[]).includes(field) || problems[field]) {
      continue;
    }
    const skipped = /daylight saving/i.test(message);
    switch (field) {
      case 'startLocal':
        problems.startLocal = skipped
          ? 'events.form.error.startSkipped'
          : eventFieldKeys.startLocal;
        break;
      case 'endLocal':
        problems.endLocal = skipped
          ? 'events.form.error.endSkipped'
          : /after the start/i.test(message)
            ? 'events.form.error.endBeforeStart'
            : eventFieldKeys.endLocal;
        break;
      case 'rsvpDeadlineLocal':
        problems.rsvpDeadlineLocal = skipped
          ? 'events.form.error.deadlineSkipped'
          : /before the start/i.test(message)
            ? 'events.form.error.deadlineAfterStart'
            : eventFieldKeys.rsvpDeadlineLocal;
        break;
      case 'title':
      case 'kind':
      case 'timeZone':
      case 'venue':
      case 'onlineUrl':
      case 'capacity':
      case 'description':
      case 'agenda':
      case 'organiserIds':
        problems[field] = eventFieldKeys[field];
        break;
    }
  }
  return problems;
}
