/** Offset of `timeZone` from UTC at `instant`, in minutes (e.g. +60 for Europe/Brussels in winter). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` (YYYY-MM-DD) `time` (HH:MM).
 * Returns null for a wall-clock time that does not exist there (skipped by a daylight-saving change).
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wall - timeZoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - timeZoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  const instant = new Date(guess);
  return wall - timeZoneOffsetMinutes(instant, timeZone) * 60_000 === guess ? instant : null;
}
