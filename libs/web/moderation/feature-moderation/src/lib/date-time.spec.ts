import { startOfDayIso, todayIsoDate } from './date-time';

describe('moderation dates', () => {
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
