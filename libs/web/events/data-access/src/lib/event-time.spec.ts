import { en } from '@sce/web-shared-data-access';
import {
  eventTimeSummary,
  eventTimeView,
  formatDateTimeIn,
  placeOfZone,
  wallClock,
  type TimeTranslate,
} from './event-time';

/** The English texts, filled in like the i18n service does. */
const translate: TimeTranslate = (key, params) =>
  en[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

// 10:00–13:00 in Oslo on 28 January 2027 (CET, UTC+1): 09:00–12:00 in London (GMT).
const studyVisit = {
  startsAt: '2027-01-28T09:00:00.000Z',
  endsAt: '2027-01-28T12:00:00.000Z',
  timeZone: 'Europe/Oslo',
};

describe('event times', () => {
  it('reads a wall clock in a zone', () => {
    expect(wallClock('2027-01-28T09:00:00.000Z', 'Europe/Oslo')).toEqual({
      day: '2027-01-28',
      time: '10:00',
    });
    expect(wallClock('2027-07-01T23:30:00.000Z', 'Europe/London')).toEqual({
      day: '2027-07-02',
      time: '00:30',
    });
  });

  it('names the place of a zone', () => {
    expect(placeOfZone('Europe/Oslo')).toBe('Oslo');
    expect(placeOfZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(placeOfZone('UTC')).toBe('UTC');
  });

  it('shows the event’s own time and the viewer’s when their clocks differ', () => {
    const view = eventTimeView(studyVisit, 'Europe/London', 'en-GB');
    expect(view.local).toEqual({
      timeZone: 'Europe/Oslo',
      place: 'Oslo',
      zoneName: 'CET',
      day: '2027-01-28',
      date: 'Thursday, 28 January 2027',
      start: '10:00',
      time: '10:00–13:00',
    });
    expect(view.viewer).toMatchObject({
      place: 'London',
      zoneName: 'GMT',
      day: '2027-01-28',
      start: '09:00',
      time: '09:00–12:00',
    });
    expect(eventTimeSummary(view, translate)).toBe(
      '10:00 in Oslo — 09:00 your time',
    );
    expect(eventTimeSummary(view, translate, 'time')).toBe(
      '10:00–13:00 in Oslo — 09:00–12:00 your time',
    );
  });

  it('follows daylight saving in both zones', () => {
    // 2 July 2027: CEST (UTC+2) in Oslo, BST (UTC+1) in London.
    const summer = {
      startsAt: '2027-07-02T08:00:00.000Z',
      endsAt: '2027-07-02T10:00:00.000Z',
      timeZone: 'Europe/Oslo',
    };
    const view = eventTimeView(summer, 'Europe/London', 'en-GB');
    expect(view.local.zoneName).toBe('CEST');
    expect(view.viewer?.zoneName).toBe('BST');
    expect(eventTimeSummary(view, translate)).toBe(
      '10:00 in Oslo — 09:00 your time',
    );
  });

  it('shows one time when the viewer’s clocks agree, even in another zone', () => {
    expect(eventTimeView(studyVisit, 'Europe/Oslo', 'en-GB').viewer).toBeNull();
    // Amsterdam keeps the same time as Oslo.
    const view = eventTimeView(studyVisit, 'Europe/Amsterdam', 'en-GB');
    expect(view.viewer).toBeNull();
    expect(eventTimeSummary(view, translate)).toBe('10:00 in Oslo');
  });

  it('names the viewer’s day when it is another one', () => {
    // 09:30 in Tokyo on 3 March is 00:30 in London the same day, 19:30 in New York the day before.
    const early = {
      startsAt: '2027-03-03T00:30:00.000Z',
      endsAt: '2027-03-03T02:00:00.000Z',
      timeZone: 'Asia/Tokyo',
    };
    const view = eventTimeView(early, 'America/New_York', 'en-GB');
    expect(view.local.time).toBe('09:30–11:00');
    expect(view.viewer?.day).toBe('2027-03-02');
    expect(view.viewer?.time).toBe('Tue 2 Mar, 19:30–21:00');
    expect(eventTimeSummary(view, translate)).toBe(
      '09:30 in Tokyo — Tuesday, 2 March 2027, 19:30 your time',
    );
  });

  it('shows the days of an event that ends on another day', () => {
    const conference = {
      startsAt: '2027-05-10T07:00:00.000Z',
      endsAt: '2027-05-11T15:00:00.000Z',
      timeZone: 'Europe/Brussels',
    };
    // Intl puts thin spaces around the dash.
    expect(
      eventTimeView(conference, 'Europe/Brussels', 'en-GB').local.time.replace(
        /\s/g,
        ' ',
      ),
    ).toBe('Mon 10 May, 09:00 – Tue 11 May, 17:00');
  });

  it('speaks Dutch', () => {
    const view = eventTimeView(studyVisit, 'Europe/London', 'nl-NL');
    expect(view.local.date).toBe('donderdag 28 januari 2027');
    expect(view.viewer?.time).toBe('09:00–12:00');
    expect(
      formatDateTimeIn('2027-01-27T22:59:00.000Z', 'Europe/Oslo', 'nl-NL'),
    ).toBe('27 jan 2027, 23:59');
  });
});
