import { timeZoneOffsetMinutes, zonedTimeToInstant } from './zoned-time';

describe('zoned time', () => {
  it('knows summer and winter offsets', () => {
    expect(timeZoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Brussels')).toBe(60);
    expect(timeZoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Brussels')).toBe(120);
    expect(timeZoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/London')).toBe(60);
  });

  it('turns a wall-clock time into the instant', () => {
    expect(zonedTimeToInstant('2026-12-03', '09:30', 'Europe/Copenhagen')?.toISOString()).toBe('2026-12-03T08:30:00.000Z');
    expect(zonedTimeToInstant('2026-06-03', '09:30', 'Europe/London')?.toISOString()).toBe('2026-06-03T08:30:00.000Z');
  });

  it('returns null for a time skipped by daylight saving', () => {
    expect(zonedTimeToInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBeNull();
  });

  it('picks the first of two instants in the repeated hour', () => {
    expect(zonedTimeToInstant('2026-10-25', '02:30', 'Europe/Berlin')?.toISOString()).toMatch(/^2026-10-25T0[01]:30:00.000Z$/);
  });
});
