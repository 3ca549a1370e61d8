import type { CommunityEntity } from '@sce/api-communities';
import { EventEntity, EventReminders, EventsModule } from '@sce/api-events';
import { type Browserish, type TestApp, aBrowser, aCommunity, aMembership, aUser, createTestApp, signedIn } from '@sce/api-testing';
import type { Attendee, CalendarTokenCreated, CreateEventRequest, EventDetail, EventPage, RsvpResult } from '@sce/shared-contracts';
import * as ical from 'node-ical';

describe('events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([EventsModule]);
  });
  afterAll(() => t.close());

  type Member = Browserish & { id: string };
  async function aMemberOf(community: CommunityEntity, role: 'member' | 'moderator' = 'member', overrides: Parameters<typeof aUser>[1] = {}): Promise<Member> {
    const user = await aUser(t.dataSource, overrides);
    await aMembership(t.dataSource, community, user, role);
    return { id: user.id, ...(await signedIn(t.http, user.email)) };
  }
  const workshop = (overrides: Partial<CreateEventRequest> = {}) => ({
    title: 'Digital identity workshop',
    description: 'Hands-on session on **eID wallets**.',
    agenda: '1. Welcome\n2. Wallet demos',
    kind: 'workshop',
    startLocal: '2027-03-20T10:00',
    endLocal: '2027-03-20T16:00',
    timeZone: 'Europe/Oslo',
    venue: 'Oslo City Hall',
    ...overrides,
  });
  const create = (who: Member, community: CommunityEntity, body: object) => who.agent.post(`/api/communities/${community.slug}/events`).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const rsvp = (who: Member, id: string, status: string) => who.agent.put(`/api/events/${id}/rsvp`).set('X-XSRF-TOKEN', who.xsrf).send({ status });

  describe('planning', () => {
    it('turns wall-clock times in the event’s zone into instants, and shows them back in that zone', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      const event = (await create(organiser, community, workshop({ capacity: 30, rsvpDeadlineLocal: '2027-03-18T12:00' })).expect(201)).body as EventDetail;
      expect(event).toMatchObject({
        title: 'Digital identity workshop',
        startsAt: '2027-03-20T09:00:00.000Z',
        endsAt: '2027-03-20T15:00:00.000Z',
        timeZone: 'Europe/Oslo',
        startLocal: '2027-03-20T10:00',
        rsvpDeadline: '2027-03-18T11:00:00.000Z',
        seatsLeft: 30,
        counts: { going: 0, maybe: 0, waitlisted: 0 },
        organisers: [{ id: organiser.id }],
        viewer: { rsvp: null, canRsvp: true, canEdit: true, canSeeAttendees: true },
      });
      expect(event.descriptionHtml).toContain('<strong>eID wallets</strong>');
      expect(event.threadId).toEqual(expect.any(String));
      const thread = (await organiser.agent.get(`/api/threads/${event.threadId}`).expect(200)).body;
      expect(thread.title).toBe('Event: Digital identity workshop');
    });

    it('refuses impossible times and values with a 400 naming the field', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      const cases: Array<[object, string]> = [
        [{ endLocal: '2027-03-20T09:00' }, 'body.endLocal'],
        [{ endLocal: '2027-03-20T10:00' }, 'body.endLocal'],
        [{ timeZone: 'Europe/Atlantis' }, 'body.timeZone'],
        // Clocks in Oslo jump from 02:00 to 03:00 on 28 March 2027.
        [{ startLocal: '2027-03-28T02:30', endLocal: '2027-03-28T05:00' }, 'body.startLocal'],
        [{ capacity: -5 }, 'body.capacity'],
        [{ capacity: 0 }, 'body.capacity'],
        [{ capacity: 2.5 }, 'body.capacity'],
        [{ rsvpDeadlineLocal: '2027-03-21T10:00' }, 'body.rsvpDeadlineLocal'],
        [{ startLocal: '2027-13-01T10:00' }, 'body.startLocal'],
        [{ startLocal: '20 March 2027' }, 'body.startLocal'],
        [{ kind: 'party' }, 'body.kind'],
        [{ venue: null }, 'body.venue'],
        [{ onlineUrl: 'javascript:alert(1)' }, 'body.onlineUrl'],
        [{ title: 'x'.repeat(201) }, 'body.title'],
      ];
      for (const [change, field] of cases) {
        const res = await create(organiser, community, workshop(change as Partial<CreateEventRequest>));
        expect({ change, status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toMatchObject({ status: 400, fields: expect.arrayContaining([field]) });
      }
      expect(await t.dataSource.getRepository(EventEntity).countBy({ communityId: community.id })).toBe(0);
    });

    it('lets organisers and moderators change or cancel an event, nobody else', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      const moderator = await aMemberOf(community, 'moderator');
      const member = await aMemberOf(community);
      const event = (await create(organiser, community, workshop()).expect(201)).body as EventDetail;
      await member.agent.patch(`/api/events/${event.id}`).set('X-XSRF-TOKEN', member.xsrf).send({ title: 'Hijacked' }).expect(403);
      const moved = (await moderator.agent.patch(`/api/events/${event.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ startLocal: '2027-03-21T09:00', endLocal: '2027-03-21T12:00' }).expect(200)).body as EventDetail;
      expect(moved).toMatchObject({ startsAt: '2027-03-21T08:00:00.000Z', endLocal: '2027-03-21T12:00' });
      await organiser.agent.patch(`/api/events/${event.id}`).set('X-XSRF-TOKEN', organiser.xsrf).send({ endLocal: '2027-03-21T08:00' }).expect(400);
      await organiser.agent.patch(`/api/events/${event.id}`).set('X-XSRF-TOKEN', organiser.xsrf).send({}).expect(400);
      const cancelled = (await organiser.agent.post(`/api/events/${event.id}/cancel`).set('X-XSRF-TOKEN', organiser.xsrf).send({ reason: 'Venue closed' }).expect(200)).body as EventDetail;
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelledReason: 'Venue closed', viewer: { canRsvp: false, rsvpClosedReason: 'cancelled' } });
      expect((await rsvp(member, event.id, 'going').expect(409)).body.code).toBe('EVENT_CANCELLED');
      const row = await t.dataSource.getRepository(EventEntity).findOneByOrFail({ id: event.id });
      expect(row.sequence).toBe(2);
    });
  });

  describe('answers, capacity and the waitlist', () => {
    it('seats exactly 10 of 50 people answering at once, lines up the other 40 in order, and moves one up when a seat frees', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      const event = (await create(organiser, community, workshop({ capacity: 10 })).expect(201)).body as EventDetail;
      const people = await Promise.all(Array.from({ length: 50 }, () => aMemberOf(community)));

      const answers = await Promise.all(people.map(async (p) => ({ person: p, result: (await rsvp(p, event.id, 'going').expect(200)).body as RsvpResult })));
      const going = answers.filter((a) => a.result.status === 'going');
      const waiting = answers.filter((a) => a.result.status === 'waitlisted');
      expect(going).toHaveLength(10);
      expect(waiting).toHaveLength(40);
      // Positions at answer time are 1..40, each once: the line is the order answers were taken.
      expect(waiting.map((a) => a.result.waitlistPosition).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      const row = await t.dataSource.getRepository(EventEntity).findOneByOrFail({ id: event.id });
      expect({ going: row.goingCount, waitlisted: row.waitlistCount, maybe: row.maybeCount }).toEqual({ going: 10, waitlisted: 40, maybe: 0 });

      const first = waiting.find((a) => a.result.waitlistPosition === 1) as (typeof waiting)[number];
      const second = waiting.find((a) => a.result.waitlistPosition === 2) as (typeof waiting)[number];
      const freed = (await rsvp(going[0]!.person, event.id, 'declined').expect(200)).body as RsvpResult;
      expect(freed).toMatchObject({ status: 'declined', counts: { going: 10, waitlisted: 39 }, seatsLeft: 0 });
      expect(((await first.person.agent.get(`/api/events/${event.id}`).expect(200)).body as EventDetail).viewer).toMatchObject({ rsvp: 'going', waitlistPosition: null });
      expect(((await second.person.agent.get(`/api/events/${event.id}`).expect(200)).body as EventDetail).viewer).toMatchObject({ rsvp: 'waitlisted', waitlistPosition: 1 });
      const after = await t.dataSource.getRepository(EventEntity).findOneByOrFail({ id: event.id });
      expect({ going: after.goingCount, waitlisted: after.waitlistCount }).toEqual({ going: 10, waitlisted: 39 });

      // Asking again keeps one's seat or place; maybe and declined free it.
      expect(((await rsvp(second.person, event.id, 'going').expect(200)).body as RsvpResult)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      expect(((await rsvp(second.person, event.id, 'maybe').expect(200)).body as RsvpResult)).toMatchObject({ status: 'maybe', counts: { going: 10, maybe: 1, waitlisted: 38 } });
    });

    it('moves the waitlist up when the organiser adds seats, and refuses answers from outsiders or after the deadline', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      const event = (await create(organiser, community, workshop({ capacity: 1 })).expect(201)).body as EventDetail;
      const [a, b, c] = await Promise.all([aMemberOf(community), aMemberOf(community), aMemberOf(community)]);
      await rsvp(a!, event.id, 'going').expect(200);
      await rsvp(b!, event.id, 'going').expect(200);
      await rsvp(c!, event.id, 'going').expect(200);
      const bigger = (await organiser.agent.patch(`/api/events/${event.id}`).set('X-XSRF-TOKEN', organiser.xsrf).send({ capacity: 2 }).expect(200)).body as EventDetail;
      expect(bigger).toMatchObject({ counts: { going: 2, waitlisted: 1 }, seatsLeft: 0 });

      const outsider = { ...(await signedIn(t.http, (await aUser(t.dataSource)).email)), id: '' };
      expect((await rsvp(outsider, event.id, 'going').expect(403)).body.code).toBe('NOT_A_MEMBER');
      expect((await rsvp(a!, event.id, 'waitlisted').expect(400)).body.errors[0].field).toBe('body.status');
      const visitor = await aBrowser(t.http);
      await visitor.agent.put(`/api/events/${event.id}/rsvp`).set('X-XSRF-TOKEN', visitor.xsrf).send({ status: 'going' }).expect(401);

      await t.dataSource.query(`UPDATE events SET rsvp_deadline = now() - interval '1 minute' WHERE id = $1`, [event.id]);
      expect((await rsvp(a!, event.id, 'maybe').expect(409)).body.code).toBe('RSVP_CLOSED');
    });

    it('shows organisers who comes, as JSON or CSV that a spreadsheet cannot be tricked into running', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      const event = (await create(organiser, community, workshop()).expect(201)).body as EventDetail;
      const sneaky = await aMemberOf(community, 'member', { displayName: '=HYPERLINK("http://evil.example","click")' });
      await rsvp(sneaky, event.id, 'going').expect(200);
      await sneaky.agent.get(`/api/events/${event.id}/attendees`).expect(403);
      const list = (await organiser.agent.get(`/api/events/${event.id}/attendees`).expect(200)).body as Attendee[];
      expect(list).toMatchObject([{ person: { id: sneaky.id }, status: 'going' }]);
      const csv = await organiser.agent.get(`/api/events/${event.id}/attendees?format=csv`).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toMatch(/^attachment/);
      expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
      expect(csv.text.split('\r\n')[0]).toContain('"Name","Organisation","Email","Answer"');
    });
  });

  describe('visibility and lists', () => {
    it('keeps a private community’s events from outsiders everywhere', async () => {
      const community = await aCommunity(t.dataSource, { visibility: 'private' });
      const organiser = await aMemberOf(community);
      const event = (await create(organiser, community, workshop()).expect(201)).body as EventDetail;
      const outsider = await signedIn(t.http, (await aUser(t.dataSource)).email);
      await outsider.agent.get(`/api/events/${event.id}`).expect(404);
      await outsider.agent.get(`/api/events/${event.id}/ics`).expect(404);
      await outsider.agent.get(`/api/communities/${community.slug}/events`).expect(404);
      await outsider.agent.get(`/api/communities/${community.slug}/calendar.ics`).expect(404);
      const all = (await outsider.agent.get('/api/events?from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z&limit=100').expect(200)).body as EventPage;
      expect(all.items.map((e) => e.id)).not.toContain(event.id);
      const mine = (await organiser.agent.get('/api/events?from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z&mine=true').expect(200)).body as EventPage;
      expect(mine.items.map((e) => e.id)).toContain(event.id);
    });

    it('lists a community’s upcoming events soonest first and past ones latest first, by keyset', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      const ids: string[] = [];
      for (const day of ['2027-05-03', '2027-05-01', '2027-05-02']) {
        ids.push(((await create(organiser, community, workshop({ startLocal: `${day}T10:00`, endLocal: `${day}T12:00` })).expect(201)).body as EventDetail).id);
      }
      const page1 = (await organiser.agent.get(`/api/communities/${community.slug}/events?limit=2`).expect(200)).body as EventPage;
      const page2 = (await organiser.agent.get(`/api/communities/${community.slug}/events?limit=2&cursor=${page1.nextCursor}`).expect(200)).body as EventPage;
      expect([...page1.items, ...page2.items].map((e) => e.id)).toEqual([ids[1], ids[2], ids[0]]);
      expect(page2.nextCursor).toBeNull();
      await t.dataSource.query(`UPDATE events SET starts_at = starts_at - interval '3 years', ends_at = ends_at - interval '3 years' WHERE id = ANY($1::uuid[])`, [[ids[1], ids[2]]]);
      const past = (await organiser.agent.get(`/api/communities/${community.slug}/events?when=past`).expect(200)).body as EventPage;
      expect(past.items.map((e) => e.id)).toEqual([ids[2], ids[1]]);
      await organiser.agent.get(`/api/communities/${community.slug}/events?when=someday`).expect(400);
      await organiser.agent.get('/api/events?from=2027-05-02T00:00:00Z&to=2027-05-01T00:00:00Z').expect(400);
      await (await aBrowser(t.http)).agent.get('/api/events?mine=true').expect(401);
    });
  });

  describe('calendars', () => {
    it('exports valid iCalendar with the zone, right instants across a daylight-saving change, SEQUENCE and STATUS', async () => {
      const community = await aCommunity(t.dataSource);
      const organiser = await aMemberOf(community);
      // Oslo moves to summer time on 28 March 2027: 10:00 is 09:00 UTC before and 08:00 UTC after.
      const before = (await create(organiser, community, workshop({ title: 'Before the change', startLocal: '2027-03-27T10:00', endLocal: '2027-03-27T12:00' })).expect(201)).body as EventDetail;
      const after = (await create(organiser, community, workshop({ title: 'After the change', startLocal: '2027-03-29T10:00', endLocal: '2027-03-29T12:00' })).expect(201)).body as EventDetail;
      await organiser.agent.post(`/api/events/${after.id}/cancel`).set('X-XSRF-TOKEN', organiser.xsrf).send({}).expect(200);

      const file = await organiser.agent.get(`/api/events/${before.id}/ics`).expect(200);
      expect(file.headers['content-type']).toMatch(/^text\/calendar/);
      expect(file.text).toContain('BEGIN:VTIMEZONE');
      expect(file.text).toContain('TZID:Europe/Oslo');
      expect(file.text.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);

      const feed = await (await aBrowser(t.http)).agent.get(`/api/communities/${community.slug}/calendar.ics`).expect(200);
      const parsed = Object.values(ical.sync.parseICS(feed.text)).filter((c) => c.type === 'VEVENT') as ical.VEvent[];
      const byTitle = new Map(parsed.map((e) => [String(e.summary), e]));
      expect(byTitle.get('Before the change')?.start.toISOString()).toBe('2027-03-27T09:00:00.000Z');
      expect(byTitle.get('After the change')?.start.toISOString()).toBe('2027-03-29T08:00:00.000Z');
      expect(byTitle.get('After the change')?.status).toBe('CANCELLED');
      expect(Number(byTitle.get('After the change')?.sequence)).toBe(1);
      expect(byTitle.get('Before the change')?.uid).toBe(`${before.id}@127.0.0.1`.replace('127.0.0.1', new URL(t.config.publicUrl).host));
    });

    it('gives each person a private feed of what they answered, behind a revocable token', async () => {
      const community = await aCommunity(t.dataSource, { visibility: 'private' });
      const organiser = await aMemberOf(community);
      const member = await aMemberOf(community);
      const event = (await create(organiser, community, workshop({ title: 'Private steering meeting', kind: 'meeting' })).expect(201)).body as EventDetail;
      await rsvp(member, event.id, 'going').expect(200);
      expect((await member.agent.get('/api/users/me/calendar-token').expect(200)).body).toEqual({ active: false, createdAt: null });
      const made = (await member.agent.post('/api/users/me/calendar-token').set('X-XSRF-TOKEN', member.xsrf).expect(201)).body as CalendarTokenCreated;
      const path = new URL(made.url).pathname;
      expect(path).toMatch(/^\/api\/calendar\/sce_cal_[A-Za-z0-9_-]{43}\.ics$/);
      const visitor = await aBrowser(t.http);
      const feed = await visitor.agent.get(path).expect(200);
      expect(feed.text).toContain('SUMMARY:Private steering meeting');

      const again = (await member.agent.post('/api/users/me/calendar-token').set('X-XSRF-TOKEN', member.xsrf).expect(201)).body as CalendarTokenCreated;
      await visitor.agent.get(path).expect(404);
      await member.agent.delete('/api/users/me/calendar-token').set('X-XSRF-TOKEN', member.xsrf).expect(204);
      await visitor.agent.get(new URL(again.url).pathname).expect(404);
      await visitor.agent.get('/api/calendar/not-a-token.ics').expect(404);
    });
  });

  it('reminds everyone going once, however many instances run the job', async () => {
    const community = await aCommunity(t.dataSource);
    const organiser = await aMemberOf(community);
    const soon = new Date(Date.now() + 3 * 3600_000);
    const local = (d: Date) => d.toISOString().slice(0, 16);
    const event = (await create(organiser, community, workshop({ timeZone: 'UTC', startLocal: local(soon), endLocal: local(new Date(soon.getTime() + 3600_000)) })).expect(201)).body as EventDetail;
    const people = await Promise.all([aMemberOf(community), aMemberOf(community), aMemberOf(community)]);
    for (const p of people) await rsvp(p, event.id, 'going').expect(200);
    await rsvp(people[2]!, event.id, 'declined').expect(200);
    const reminders = t.app.get(EventReminders);
    const sent = await Promise.all([reminders.run(), reminders.run(), reminders.run()]);
    const more = await reminders.run();
    const delivered: { count: string }[] = await t.dataSource.query(`SELECT count(*) FROM realtime_events WHERE type = 'event.reminder' AND data->>'eventId' = $1`, [event.id]);
    expect(Number(delivered[0]?.count)).toBe(2);
    expect(sent.reduce((a, b) => a + b, 0) + more).toBeGreaterThanOrEqual(2);
  });
});
