import type { EventSummary } from '@sce/shared-contracts';
import { zonedTimeToInstant } from '@sce/shared-util';
import { wallClock } from './event-time';

/** A month as `YYYY-MM`. */
export type MonthKey = string;

export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
}

export interface MonthGrid {
  year: number;
  /** 1–12. */
  month: number;
  /** Whole weeks, Monday first: four to six rows of seven days. */
  weeks: CalendarDay[][];
  /** The first and last day shown (`YYYY-MM-DD`). */
  first: string;
  last: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(utc: Date): string {
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

function utcOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** `date` (`YYYY-MM-DD`) moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  const utc = utcOf(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return isoDay(utc);
}

/** The weekday of `date`, 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (utcOf(date).getUTCDay() + 6) % 7;
}

/** A `YYYY-MM` month key, or null when `value` is not one. */
export function parseMonth(value: string | null | undefined): MonthKey | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? '');
  return match ? value ?? null : null;
}

/** The month `date` (`YYYY-MM-DD`) is in. */
export function monthOf(date: string): MonthKey {
  return date.slice(0, 7);
}

/** `month` moved by `months` (negative: back). */
export function addMonths(month: MonthKey, months: number): MonthKey {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** `date` moved by whole months, kept in range: 31 January + 1 month is 28 (or 29) February. */
export function addMonthsToDay(date: string, months: number): string {
  const month = addMonths(monthOf(date), months);
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${pad(Math.min(Number(date.slice(8, 10)), lastDay))}`;
}

/** Today (`YYYY-MM-DD`) as the clocks in `timeZone` show it. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return wallClock(now, timeZone).day;
}

/**
 * The weeks of a month as a calendar shows them, Monday first: the days of the month plus the
 * days of the months around it that complete the first and the last week.
 */
export function buildMonthGrid(year: number, month: number): MonthGrid {
  const firstOfMonth = `${pad(year, 4)}-${pad(month)}-01`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lastOfMonth = `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth)}`;
  const first = addDays(firstOfMonth, -weekdayOf(firstOfMonth));
  const last = addDays(lastOfMonth, 6 - weekdayOf(lastOfMonth));
  const weeks: CalendarDay[][] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (weekdayOf(date) === 0) {
      weeks.push([]);
    }
    weeks[weeks.length - 1].push({
      date,
      day: Number(date.slice(8, 10)),
      inMonth: date.slice(0, 7) === firstOfMonth.slice(0, 7),
    });
  }
  return { year, month, weeks, first, last };
}

/** The grid of a `YYYY-MM` month. */
export function monthGridOf(month: MonthKey): MonthGrid {
  const [y, m] = month.split('-').map(Number);
  return buildMonthGrid(y, m);
}

/**
 * The instant a day starts in `timeZone` (its midnight, or the first minute that exists there
 * when daylight saving skips midnight).
 */
export function startOfDay(date: string, timeZone: string): Date {
  for (const time of ['00:00', '00:30', '01:00']) {
    const instant = zonedTimeToInstant(date, time, timeZone);
    if (instant) {
      return instant;
    }
  }
  return new Date(`${date}T00:00:00Z`);
}

/** The instants `[from, to)` a month grid covers in `timeZone`, for `GET /api/events`. */
export function gridRange(
  grid: MonthGrid,
  timeZone: string,
): { from: string; to: string } {
  return {
    from: startOfDay(grid.first, timeZone).toISOString(),
    to: startOfDay(addDays(grid.last, 1), timeZone).toISOString(),
  };
}

/** An event on one day of the calendar. */
export interface DayEvent {
  event: EventSummary;
  /** False on the days after the first of an event that lasts several days. */
  starts: boolean;
}

/**
 * The events of each day (`YYYY-MM-DD` in `timeZone`), soonest first: an event is on every day it
 * lasts, from the day it starts to the day it ends (an end at midnight ends the day before).
 */
export function eventsByDay(
  events: readonly EventSummary[],
  timeZone: string,
): Map<string, DayEvent[]> {
  const days = new Map<string, DayEvent[]>();
  const sorted = [...events].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );
  for (const event of sorted) {
    const startDay = wallClock(event.startsAt, timeZone).day;
    const end = wallClock(event.endsAt, timeZone);
    let endDay = end.time === '00:00' ? addDays(end.day, -1) : end.day;
    if (endDay < startDay) {
      endDay = startDay;
    }
    // Long events are shown on at most 62 days.
    for (
      let day = startDay, n = 0;
      day <= endDay && n < 62;
      day = addDays(day, 1), n++
    ) {
      const list = days.get(day) ?? [];
      list.push({ event, starts: day === startDay });
      days.set(day, list);
    }
  }
  return days;
}

/** Events grouped by the day (`YYYY-MM-DD` in `timeZone`) they start on, in the order given. */
export function groupByStartDay<T extends { startsAt: string }>(
  events: readonly T[],
  timeZone: string,
): { day: string; events: T[] }[] {
  const groups: { day: string; events: T[] }[] = [];
  for (const event of events) {
    const day = wallClock(event.startsAt, timeZone).day;
    const last = groups[groups.length - 1];
    if (last?.day === day) {
      last.events.push(event);
    } else {
      groups.push({ day, events: [event] });
    }
  }
  return groups;
}

/** A day (`YYYY-MM-DD`) in words: "Thursday, 28 January 2027". */
export function formatDay(
  date: string,
  locale: string,
  style: 'full' | 'long' = 'full',
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    dateStyle: style,
  }).format(new Date(`${date}T12:00:00Z`));
}

/** A month (`YYYY-MM`) in words: "January 2027". */
export function formatMonth(month: MonthKey, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${month}-15T12:00:00Z`));
}
