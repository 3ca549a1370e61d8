import { HttpErrorResponse } from '@angular/common/http';
import type { EventDetail } from '@sce/shared-contracts';
import {
  checkEventForm,
  eventProblemsOf,
  toCreateRequest,
  toFormValue,
  toUpdateRequest,
  type EventFormValue,
} from './event-input';

const filled: EventFormValue = {
  title: '  Study visit: Stavanger  ',
  kind: 'study_visit',
  startDate: '2027-01-28',
  startTime: '10:00',
  endDate: '2027-01-28',
  endTime: '13:00',
  timeZone: 'Europe/Oslo',
  venue: 'Olav Kyrres gate 19, Stavanger',
  onlineUrl: '',
  capacity: '3',
  deadlineDate: '',
  deadlineTime: '',
  description: 'A morning at the smart city office.',
  agenda: '',
  organisers: [],
};

const erik = { id: '00000000-0000-4000-8000-000000000002', displayName: 'Erik Nilsen' };
const lotte = { id: '00000000-0000-4000-8000-000000000003', displayName: 'Lotte Janssens' };

function problem(errors: { field: string; message: string }[]) {
  return new HttpErrorResponse({
    status: 400,
    error: { code: 'VALIDATION_FAILED', detail: 'Invalid', status: 400, errors },
  });
}

describe('the event form', () => {
  it('turns the form into the request, times as wall-clock times in the zone', () => {
    expect(checkEventForm(filled)).toEqual({});
    expect(toCreateRequest(filled)).toEqual({
      title: 'Study visit: Stavanger',
      kind: 'study_visit',
      startLocal: '2027-01-28T10:00',
      endLocal: '2027-01-28T13:00',
      timeZone: 'Europe/Oslo',
      venue: 'Olav Kyrres gate 19, Stavanger',
      onlineUrl: null,
      capacity: 3,
      rsvpDeadlineLocal: null,
      description: 'A morning at the smart city office.',
      agenda: '',
      organiserIds: [],
    });
  });

  it('finds what is missing or impossible before sending', () => {
    expect(
      checkEventForm({
        ...filled,
        title: 'ab',
        startTime: '',
        venue: '',
        onlineUrl: 'meet.example.org',
        capacity: '0',
        deadlineDate: '2027-01-27',
      }),
    ).toEqual({
      title: 'events.form.error.title',
      startLocal: 'events.form.error.startMissing',
      onlineUrl: 'events.form.error.onlineUrl',
      capacity: 'events.form.error.capacity',
      rsvpDeadlineLocal: 'events.form.error.deadlineIncomplete',
    });
    expect(checkEventForm({ ...filled, venue: ' ' })).toEqual({
      venue: 'events.form.error.place',
    });
    expect(checkEventForm({ ...filled, endTime: '09:00' })).toEqual({
      endLocal: 'events.form.error.endBeforeStart',
    });
    expect(
      checkEventForm({ ...filled, deadlineDate: '2027-01-28', deadlineTime: '11:00' }),
    ).toEqual({ rsvpDeadlineLocal: 'events.form.error.deadlineAfterStart' });
    expect(checkEventForm({ ...filled, timeZone: 'Mars/Olympus' })).toEqual({
      timeZone: 'events.form.error.timeZone',
    });
  });

  it('refuses a time that daylight saving skips in the chosen zone', () => {
    // The clocks in Oslo go from 02:00 to 03:00 on 28 March 2027.
    const skipped = {
      ...filled,
      startDate: '2027-03-28',
      startTime: '02:30',
      endDate: '2027-03-28',
      endTime: '04:00',
    };
    expect(checkEventForm(skipped)).toEqual({
      startLocal: 'events.form.error.startSkipped',
    });
    // The same wall-clock time exists in London, whose clocks change at 01:00.
    expect(checkEventForm({ ...skipped, timeZone: 'Europe/London' })).toEqual({});
  });

  it('sends only what changed', () => {
    const event = {
      title: 'Study visit: Stavanger',
      kind: 'study_visit',
      startLocal: '2027-01-28T10:00',
      endLocal: '2027-01-28T13:00',
      timeZone: 'Europe/Oslo',
      venue: 'Olav Kyrres gate 19, Stavanger',
      onlineUrl: null,
      capacity: 3,
      rsvpDeadlineLocal: null,
      description: 'A morning at the smart city office.',
      agenda: '',
      organisers: [erik],
    } as unknown as EventDetail;
    const value = toFormValue(event);
    expect(value).toEqual({
      ...filled,
      title: 'Study visit: Stavanger',
      organisers: [erik],
    });
    expect(toUpdateRequest(event, value)).toBeNull();
    expect(
      toUpdateRequest(event, { ...value, capacity: '', endTime: '14:00' }),
    ).toEqual({ endLocal: '2027-01-28T14:00', capacity: null });
    // Co-organisers: the whole list, when it changed (order does not matter).
    expect(
      toUpdateRequest(event, { ...value, organisers: [lotte, erik] }),
    ).toEqual({ organiserIds: [lotte.id, erik.id] });
    expect(
      toUpdateRequest(
        { ...event, organisers: [erik, lotte] },
        { ...value, organisers: [lotte, erik] },
      ),
    ).toBeNull();
  });

  it('names co-organisers in a new event, at most ten', () => {
    expect(toCreateRequest({ ...filled, organisers: [lotte] }).organiserIds).toEqual([
      lotte.id,
    ]);
    const many = Array.from({ length: 11 }, (_, i) => ({
      id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
      displayName: `Person ${i}`,
    }));
    expect(checkEventForm({ ...filled, organisers: many })).toEqual({
      organiserIds: 'events.form.error.organisersTooMany',
    });
  });

  it('puts the API’s field errors at the fields, with the most precise text', () => {
    expect(
      eventProblemsOf(
        problem([
          {
            field: 'body.startLocal',
            message: 'does not exist in Europe/Oslo: the clocks skip that hour for daylight saving',
          },
          { field: 'body.endLocal', message: 'must be after the start' },
          { field: 'body.rsvpDeadlineLocal', message: 'must be before the start' },
          { field: 'body.venue', message: 'needs a venue, an online link or both' },
          { field: 'body.capacity', message: 'must be a whole number of seats' },
          { field: 'body.organiserIds', message: 'must be active members of the community' },
        ]),
      ),
    ).toEqual({
      organiserIds: 'events.form.error.organisers',
      startLocal: 'events.form.error.startSkipped',
      endLocal: 'events.form.error.endBeforeStart',
      rsvpDeadlineLocal: 'events.form.error.deadlineAfterStart',
      venue: 'events.form.error.place',
      capacity: 'events.form.error.capacity',
    });
    expect(eventProblemsOf(new Error('offline'))).toEqual({});
  });
});
