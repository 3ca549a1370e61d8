import type { EventSummary } from '@sce/shared-contracts';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  buildMonthGrid,
  eventsByDay,
  formatMonth,
  gridRange,
  groupByStartDay,
  parseMonth,
  startOfDay,
  todayIn,
  weekdayOf,
} from './month-grid';

function anEvent(id: string, startsAt: string, endsAt: string): EventSummary {
  return {
    id,
    community: { id: 'c', slug: 'open-data', name: 'Open Data' },
    title: `Event ${id}`,
    kind: 'workshop',
    status: 'scheduled',
    startsAt,
    endsAt,
    timeZone: 'Europe/Oslo',
    startLocal: '',
    endLocal: '',
    venue: 'Stavanger',
    online: false,
    capacity: null,
    counts: { going: 0, maybe: 0, waitlisted: 0 },
    myRsvp: null,
  };
}

describe('the month grid', () => {
  it('lays out a month in weeks starting on Monday, with the days around it', () => {
    // January 2027 starts on a Friday and ends on a Sunday.
    const grid = buildMonthGrid(2027, 1);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.first).toBe('2026-12-28');
    expect(grid.last).toBe('2027-01-31');
    expect(grid.weeks[0].map((day) => day.day)).toEqual([28, 29, 30, 31, 1, 2, 3]);
    expect(grid.weeks[0].map((day) => day.inMonth)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(grid.weeks[4].map((day) => day.date)).toEqual([
      '2027-01-25',
      '2027-01-26',
      '2027-01-27',
      '2027-01-28',
      '2027-01-29',
      '2027-01-30',
      '2027-01-31',
    ]);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('adds trailing days and takes six weeks when the month needs them', () => {
    // March 2027 starts on a Monday: no leading days; it ends on a Wednesday.
    const march = buildMonthGrid(2027, 3);
    expect(march.first).toBe('2027-03-01');
    expect(march.last).toBe('2027-04-04');
    expect(march.weeks).toHaveLength(5);
    // August 2027 starts on a Sunday: six rows.
    const august = buildMonthGrid(2027, 8);
    expect(august.weeks).toHaveLength(6);
    expect(august.first).toBe('2027-07-26');
    expect(august.last).toBe('2027-09-05');
    // February 2027: exactly four weeks, Monday to Sunday.
    const february = buildMonthGrid(2027, 2);
    expect(february.weeks).toHaveLength(4);
    expect(february.first).toBe('2027-02-01');
    expect(february.last).toBe('2027-02-28');
    // Leap years.
    expect(buildMonthGrid(2028, 2).last).toBe('2028-03-05');
    expect(
      buildMonthGrid(2028, 2)
        .weeks.flat()
        .filter((day) => day.inMonth),
    ).toHaveLength(29);
  });

  it('moves between days and months', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(weekdayOf('2027-01-25')).toBe(0);
    expect(weekdayOf('2027-01-31')).toBe(6);
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', 14)).toBe('2028-03');
    expect(addMonthsToDay('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsToDay('2027-03-31', -1)).toBe('2027-02-28');
    expect(parseMonth('2027-02')).toBe('2027-02');
    expect(parseMonth('2027-13')).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
    expect(formatMonth('2027-01', 'en-GB')).toBe('January 2027');
    expect(formatMonth('2027-01', 'nl-NL')).toBe('januari 2027');
  });

  it('knows today and the instants a month covers in a zone', () => {
    const now = new Date('2027-01-01T23:30:00Z');
    expect(todayIn('Europe/Oslo', now)).toBe('2027-01-02');
    expect(todayIn('Europe/London', now)).toBe('2027-01-01');
    expect(gridRange(buildMonthGrid(2027, 1), 'Europe/Oslo')).toEqual({
      from: '2026-12-27T23:00:00.000Z',
      to: '2027-01-31T23:00:00.000Z',
    });
    // Midnight that daylight saving skips (Santiago, 5 September 2027): the first minute that exists.
    expect(startOfDay('2027-09-05', 'America/Santiago').toISOString()).toBe(
      '2027-09-05T04:00:00.000Z',
    );
  });

  it('puts events on the days they last, in the viewer’s zone', () => {
    const days = eventsByDay(
      [
        // 23:30 in London on the 4th is the 5th in Oslo.
        anEvent('late', '2027-01-04T23:30:00Z', '2027-01-05T00:30:00Z'),
        anEvent('two-days', '2027-01-05T08:00:00Z', '2027-01-06T16:00:00Z'),
        anEvent('to-midnight', '2027-01-07T20:00:00Z', '2027-01-08T00:00:00Z'),
      ],
      'Europe/London',
    );
    expect([...days.keys()].sort()).toEqual([
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
    ]);
    expect(days.get('2027-01-05')?.map((d) => [d.event.id, d.starts])).toEqual([
      ['late', false],
      ['two-days', true],
    ]);
    expect(days.get('2027-01-06')?.map((d) => [d.event.id, d.starts])).toEqual([
      ['two-days', false],
    ]);
    expect(eventsByDay([anEvent('late', '2027-01-04T23:30:00Z', '2027-01-05T00:30:00Z')], 'Europe/Oslo').get('2027-01-05')).toHaveLength(1);
  });

  it('groups a list by the day each event starts', () => {
    const groups = groupByStartDay(
      [
        anEvent('a', '2027-01-04T09:00:00Z', '2027-01-04T10:00:00Z'),
        anEvent('b', '2027-01-04T13:00:00Z', '2027-01-04T14:00:00Z'),
        anEvent('c', '2027-01-05T09:00:00Z', '2027-01-05T10:00:00Z'),
      ],
      'Europe/Oslo',
    );
    expect(groups.map((g) => [g.day, g.events.map((e) => e.id)])).toEqual([
      ['2027-01-04', ['a', 'b']],
      ['2027-01-05', ['c']],
    ]);
  });
});
