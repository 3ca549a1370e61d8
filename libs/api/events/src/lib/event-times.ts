import { ValidationError } from '@sce/api-core';
import { zonedTimeToInstant } from '@sce/shared-util';

export interface EventTimesInput {
  startLocal: string;
  endLocal: string;
  timeZone: string;
  rsvpDeadlineLocal: string | null;
}

export interface EventTimes {
  startsAt: Date;
  endsAt: Date;
  rsvpDeadline: Date | null;
}

/** The wall-clock time `instant` shows in `timeZone`, as `YYYY-MM-DDTHH:MM`. */
export function localDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/**
 * Turns the organiser's wall-clock times into instants, and refuses what cannot be: a time the
 * zone skips (daylight saving), an end not after the start, an answer deadline after the start.
 * Every problem is a 400 naming its field.
 */
export function eventTimes(input: EventTimesInput): EventTimes {
  const errors: { field: string; message: string }[] = [];
  const instant = (field: string, local: string): Date | null => {
    const [date, time] = local.split('T') as [string, string];
    const at = zonedTimeToInstant(date, time, input.timeZone);
    if (!at) errors.push({ field: `body.${field}`, message: `does not exist in ${input.timeZone}: the clocks skip that hour for daylight saving` });
    return at;
  };
  const startsAt = instant('startLocal', input.startLocal);
  const endsAt = instant('endLocal', input.endLocal);
  const rsvpDeadline = input.rsvpDeadlineLocal ? instant('rsvpDeadlineLocal', input.rsvpDeadlineLocal) : null;
  if (startsAt && endsAt && endsAt <= startsAt) errors.push({ field: 'body.endLocal', message: 'must be after the start' });
  if (startsAt && rsvpDeadline && rsvpDeadline > startsAt) errors.push({ field: 'body.rsvpDeadlineLocal', message: 'must be before the start' });
  if (errors.length > 0 || !startsAt || !endsAt) throw new ValidationError(errors);
  return { startsAt, endsAt, rsvpDeadline };
}
