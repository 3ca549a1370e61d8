import { formatDateTime, startOfDayIso, todayIsoDate } from './admin-labels';

describe('admin labels', () => {
  it('formats a date and time in the interface language', () => {
    const iso = '2026-11-03T13:05:00Z';
    expect(formatDateTime(iso, 'en')).toContain('2026');
    expect(formatDateTime(iso, 'nl')).toContain('nov');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('gives today as YYYY-MM-DD', () => {
    expect(todayIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });

  it('turns a date into the start of that day, local time', () => {
    expect(startOfDayIso('2027-01-31')).toBe(
      new Date(2027, 0, 31).toISOString(),
    );
    expect(startOfDayIso('2027-02-30')).toBeNull();
    expect(startOfDayIso('31/01/2027')).toBeNull();
    expect(startOfDayIso('')).toBeNull();
  });
});
