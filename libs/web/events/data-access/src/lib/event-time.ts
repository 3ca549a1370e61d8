/** An event's start and end (instants) and the IANA zone it was planned in. */
export interface EventTimes {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/** When an event happens as the clocks of one time zone show it. */
export interface ZonedTimes {
  timeZone: string;
  /** The zone's city as people read it: `Oslo`, `New York`. */
  place: string;
  /** The zone's short name at the start: `CET`, `GMT`, `GMT+5:30`. */
  zoneName: string;
  /** The day it starts there, `YYYY-MM-DD`. */
  day: string;
  /** That day in words: "Thursday, 28 January 2027". */
  date: string;
  /** The start's time there: "10:00". */
  start: string;
  /**
   * From start to end: "10:00–13:00"; with the days when it ends on another day, or (`viewer`)
   * when it starts on another day than in the event's own zone.
   */
  time: string;
}

/** An event's times in its own zone and, when the viewer's clocks show other times, in theirs. */
export interface EventTimeView {
  local: ZonedTimes;
  /** Null when the viewer's clocks show the same times (the same zone, or one with the same offset). */
  viewer: ZonedTimes | null;
}

/** Turns a text in the current language (`events.time.inPlace`, `events.time.yours`). */
export type TimeTranslate = (
  key: 'events.time.inPlace' | 'events.time.yours',
  params: Readonly<Record<string, string>>,
) => string;

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The day (`YYYY-MM-DD`) and time (`HH:MM`) a clock in `timeZone` shows at `instant`. */
export function wallClock(
  instant: Date | string,
  timeZone: string,
): { day: string; time: string } {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(
    typeof instant === 'string' ? new Date(instant) : instant,
  );
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '00';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** The city of an IANA zone: `Europe/Oslo` → `Oslo`, `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export function placeOfZone(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** Whether the browser knows this IANA zone. */
export function isKnownTimeZone(timeZone: string | null | undefined): boolean {
  if (!timeZone) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own zone, or UTC when it does not say. */
export function browserTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isKnownTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

function zoneName(instant: Date, timeZone: string, locale: string): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

function zonedTimes(
  start: Date,
  end: Date,
  timeZone: string,
  locale: string,
  withDays: boolean,
): ZonedTimes {
  const from = wallClock(start, timeZone);
  const to = wallClock(end, timeZone);
  const time =
    !withDays && from.day === to.day
      ? new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' })
      : new Intl.DateTimeFormat(locale, {
          timeZone,
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
        });
  return {
    timeZone,
    place: placeOfZone(timeZone),
    zoneName: zoneName(start, timeZone, locale),
    day: from.day,
    date: new Intl.DateTimeFormat(locale, {
      timeZone,
      dateStyle: 'full',
    }).format(start),
    start: new Intl.DateTimeFormat(locale, {
      timeZone,
      timeStyle: 'short',
    }).format(start),
    time: end > start ? time.formatRange(start, end) : time.format(start),
  };
}

/**
 * An event's times in the zone it was planned in and, when the viewer's clocks differ, in the
 * viewer's zone ("10:00 in Oslo — 09:00 your time"). `locale` is the interface language's
 * (`en-GB`, `nl-NL`).
 */
export function eventTimeView(
  event: EventTimes,
  viewerZone: string,
  locale: string,
): EventTimeView {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const local = zonedTimes(start, end, event.timeZone, locale, false);
  const same = (instant: Date) =>
    JSON.stringify(wallClock(instant, event.timeZone)) ===
    JSON.stringify(wallClock(instant, viewerZone));
  if (viewerZone === event.timeZone || (same(start) && same(end))) {
    return { local, viewer: null };
  }
  const startDay = wallClock(start, viewerZone).day;
  return {
    local,
    viewer: zonedTimes(start, end, viewerZone, locale, startDay !== local.day),
  };
}

/** "10:00 in Oslo — 09:00 your time", or "10:00 in Oslo" when the viewer's clocks agree. */
export function eventTimeSummary(
  view: EventTimeView,
  translate: TimeTranslate,
  which: 'start' | 'time' = 'start',
): string {
  const local = translate('events.time.inPlace', {
    time: view.local[which],
    place: view.local.place,
  });
  if (view.viewer === null) {
    return local;
  }
  const viewerTime =
    which === 'start' && view.viewer.day !== view.local.day
      ? `${view.viewer.date}, ${view.viewer.start}`
      : view.viewer[which];
  return `${local} — ${translate('events.time.yours', { time: viewerTime })}`;
}

/** "28 Jan 2027, 10:00" as the clocks in `timeZone` show `instant`. */
export function formatDateTimeIn(
  instant: string,
  timeZone: string,
  locale: string,
): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return instant;
  }
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
