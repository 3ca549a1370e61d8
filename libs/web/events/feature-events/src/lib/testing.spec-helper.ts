import type { EventDetail, SessionUser } from '@sce/shared-contracts';

export const EVENT_ID = '11111111-1111-4111-8111-111111111111';

export const uuid = (n: number): string =>
  `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Tom Ashworth of the demo data, who reads times in London. */
export const tom: SessionUser = {
  id: uuid(900),
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: uuid(901),
  permissions: ['content.create', 'content.edit-own'],
};

/** The demo study visit: 10:00–13:00 in Oslo on 28 January 2027, 3 places, all taken. */
export function anEvent(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    id: EVENT_ID,
    community: { id: uuid(1), slug: 'open-data', name: 'Open Data & Interoperability' },
    title: 'Study visit: Stavanger’s urban data platform',
    kind: 'study_visit',
    status: 'scheduled',
    startsAt: '2027-01-28T09:00:00.000Z',
    endsAt: '2027-01-28T12:00:00.000Z',
    timeZone: 'Europe/Oslo',
    startLocal: '2027-01-28T10:00',
    endLocal: '2027-01-28T13:00',
    venue: 'Olav Kyrres gate 19, Stavanger',
    online: false,
    capacity: 3,
    counts: { going: 3, maybe: 0, waitlisted: 1 },
    myRsvp: null,
    description: 'A morning at the **smart city office**.',
    descriptionHtml: '<p>A morning at the <strong>smart city office</strong>.</p>',
    agenda: '',
    agendaHtml: '',
    onlineUrl: null,
    rsvpDeadline: null,
    rsvpDeadlineLocal: null,
    organisers: [{ id: uuid(2), displayName: 'Erik Nilsen' }],
    threadId: uuid(3),
    seatsLeft: 0,
    cancelledReason: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    viewer: {
      rsvp: null,
      waitlistPosition: null,
      canRsvp: true,
      rsvpClosedReason: null,
      canEdit: false,
      canSeeAttendees: false,
    },
    ...overrides,
  };
}
