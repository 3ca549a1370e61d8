import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunityReadScope } from '@sce/api-communities';
import type { EventKind, EventStatus, PersonRef, RsvpStatus } from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { EventEntity } from './event.entity';

/** An event as lists show it, with its community and the viewer's answer. */
export interface EventRow {
  id: string;
  communityId: string;
  communitySlug: string;
  communityName: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  goingCount: number;
  maybeCount: number;
  waitlistCount: number;
  myRsvp: RsvpStatus | null;
}

interface RawEventRow {
  id: string;
  community_id: string;
  community_slug: string;
  community_name: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue: string | null;
  online_url: string | null;
  capacity: number | null;
  going_count: number;
  maybe_count: number;
  waitlist_count: number;
  my_rsvp: RsvpStatus | null;
}

const toRow = (r: RawEventRow): EventRow => ({
  id: r.id,
  communityId: r.community_id,
  communitySlug: r.community_slug,
  communityName: r.community_name,
  title: r.title,
  kind: r.kind,
  status: r.status,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  timeZone: r.time_zone,
  venue: r.venue,
  onlineUrl: r.online_url,
  capacity: r.capacity,
  goingCount: r.going_count,
  maybeCount: r.maybe_count,
  waitlistCount: r.waitlist_count,
  myRsvp: r.my_rsvp,
});

const select = (viewer: string | null) => `
  SELECT e.id, e.community_id, c.slug AS community_slug, c.name AS community_name, e.title, e.kind, e.status,
    e.starts_at, e.ends_at, e.time_zone, e.venue, e.online_url, e.capacity, e.going_count, e.maybe_count, e.waitlist_count,
    ${viewer ? 'r.status' : 'NULL::text'} AS my_rsvp
  FROM events e JOIN communities c ON c.id = e.community_id
  ${viewer ? `LEFT JOIN event_rsvps r ON r.event_id = e.id AND r.user_id = ${viewer}` : ''}`;

export interface Attendance {
  userId: string;
  displayName: string;
  email: string;
  organisation: string | null;
  status: RsvpStatus;
  waitlistPosition: number | null;
  answeredAt: Date;
}

@Injectable()
export class EventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(id: string, tx?: EntityManager): Promise<EventEntity | null> {
    const repository = (tx ?? this.dataSource.manager).getRepository(EventEntity);
    return tx ? repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : repository.findOne({ where: { id } });
  }

  async row(id: string, viewerId: string | null): Promise<EventRow | null> {
    const rows: RawEventRow[] = await this.dataSource.query(`${select(viewerId ? '$2::uuid' : null)} WHERE e.id = $1`, viewerId ? [id, viewerId] : [id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Upcoming (not yet ended, soonest first) or past (latest first) events of one community (IDX_events_community_starts). */
  async inCommunity(communityId: string, when: 'upcoming' | 'past', viewerId: string | null, after: { startsAt: string; id: string } | null, limit: number): Promise<EventRow[]> {
    const params: unknown[] = [communityId];
    const viewer = viewerId ? `$${params.push(viewerId)}::uuid` : null;
    const upcoming = when === 'upcoming';
    const conditions = ['e.community_id = $1', upcoming ? 'e.ends_at >= now()' : 'e.ends_at < now()'];
    if (after) conditions.push(`(e.starts_at, e.id) ${upcoming ? '>' : '<'} ($${params.push(after.startsAt)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const order = upcoming ? 'ASC' : 'DESC';
    const rows: RawEventRow[] = await this.dataSource.query(`${select(viewer)} WHERE ${conditions.join(' AND ')} ORDER BY e.starts_at ${order}, e.id ${order} LIMIT $${params.push(limit)}`, params);
    return rows.map(toRow);
  }

  /**
   * Events in communities the scope may read that overlap [from, to), soonest first
   * (IDX_events_starts); `mine` keeps those the viewer answered or organises.
   */
  async readable(scope: CommunityReadScope, viewerId: string | null, range: { from: Date; to: Date | null }, mine: boolean, after: { startsAt: string; id: string } | null, limit: number): Promise<EventRow[]> {
    const params: unknown[] = [];
    const viewer = viewerId ? `$${params.push(viewerId)}::uuid` : null;
    const conditions = [`e.ends_at > $${params.push(range.from.toISOString())}::timestamptz`];
    if (range.to) conditions.push(`e.starts_at < $${params.push(range.to.toISOString())}::timestamptz`);
    const readable = `c.visibility = ANY($${params.push(scope.visibilities)}::text[])`;
    conditions.push(
      scope.memberId
        ? `(${readable} OR (c.visibility = 'private' AND EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.user_id = $${params.push(scope.memberId)}::uuid AND m.state = 'active')))`
        : readable,
    );
    if (mine && viewer) conditions.push(`(r.status IS NOT NULL OR EXISTS (SELECT 1 FROM event_organisers o WHERE o.event_id = e.id AND o.user_id = ${viewer}))`);
    if (after) conditions.push(`(e.starts_at, e.id) > ($${params.push(after.startsAt)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows: RawEventRow[] = await this.dataSource.query(`${select(viewer)} WHERE ${conditions.join(' AND ')} ORDER BY e.starts_at, e.id LIMIT $${params.push(limit)}`, params);
    return rows.map(toRow);
  }

  /** For feeds: every event of the community from 90 days ago on (bounded), or those a person answered. */
  async forFeed(filter: { communityId: string } | { userId: string }): Promise<EventEntity[]> {
    const where = 'communityId' in filter ? 'e.community_id = $1' : `EXISTS (SELECT 1 FROM event_rsvps r WHERE r.event_id = e.id AND r.user_id = $1 AND r.status <> 'declined')`;
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT e.id FROM events e WHERE ${where} AND e.ends_at > now() - interval '90 days' ORDER BY e.starts_at LIMIT 500`,
      ['communityId' in filter ? filter.communityId : filter.userId],
    );
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(EventEntity).createQueryBuilder('e').where('e.id IN (:...ids)', { ids: ids.map((r) => r.id) }).orderBy('e.starts_at').getMany();
  }

  async organisers(eventId: string): Promise<PersonRef[]> {
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      'SELECT u.id, u.display_name FROM event_organisers o JOIN users u ON u.id = o.user_id WHERE o.event_id = $1 ORDER BY o.created_at, u.display_name',
      [eventId],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  }

  async isOrganiser(eventId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM event_organisers WHERE event_id = $1 AND user_id = $2', [eventId, userId]);
    return rows.length > 0;
  }

  async setOrganisers(tx: EntityManager, eventId: string, userIds: string[]): Promise<void> {
    await tx.query('DELETE FROM event_organisers WHERE event_id = $1 AND NOT (user_id = ANY($2::uuid[]))', [eventId, userIds]);
    await tx.query('INSERT INTO event_organisers (event_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [eventId, userIds]);
  }

  /** The answer of one person, locked with the event (callers hold the event row lock). */
  async rsvp(tx: EntityManager, eventId: string, userId: string): Promise<{ status: RsvpStatus; waitlistSeq: string | null } | null> {
    const rows: { status: RsvpStatus; waitlist_seq: string | null }[] = await tx.query('SELECT status, waitlist_seq FROM event_rsvps WHERE event_id = $1 AND user_id = $2 FOR UPDATE', [eventId, userId]);
    return rows[0] ? { status: rows[0].status, waitlistSeq: rows[0].waitlist_seq } : null;
  }

  async writeRsvp(tx: EntityManager, eventId: string, userId: string, status: RsvpStatus): Promise<void> {
    await tx.query(
      `INSERT INTO event_rsvps (event_id, user_id, status, waitlist_seq) VALUES ($1, $2, $3, CASE WHEN $3 = 'waitlisted' THEN nextval('event_waitlist_seq') END)
       ON CONFLICT (event_id, user_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now(),
         waitlist_seq = CASE WHEN EXCLUDED.status = 'waitlisted' THEN COALESCE(event_rsvps.waitlist_seq, EXCLUDED.waitlist_seq) END`,
      [eventId, userId, status],
    );
  }

  /**
   * Moves the first in line into the free seats (all of them when there is no capacity) and the
   * counters with them, in one statement under the event's row lock; returns who moved up, in
   * line order (IDX_event_rsvps_waitlist).
   */
  async promoteWaitlisted(tx: EntityManager, eventId: string, capacity: number | null): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(
      `WITH event AS (SELECT going_count FROM events WHERE id = $1 FOR UPDATE),
            next AS (
              SELECT r.event_id, r.user_id, r.waitlist_seq FROM event_rsvps r
               WHERE r.event_id = $1 AND r.status = 'waitlisted'
               ORDER BY r.waitlist_seq
               LIMIT CASE WHEN $2::int IS NULL THEN NULL ELSE greatest($2::int - (SELECT going_count FROM event), 0) END
               FOR UPDATE OF r),
            moved AS (
              UPDATE event_rsvps r SET status = 'going', waitlist_seq = NULL, updated_at = now()
                FROM next WHERE r.event_id = next.event_id AND r.user_id = next.user_id
              RETURNING r.user_id, next.waitlist_seq),
            counted AS (
              UPDATE events SET going_count = going_count + (SELECT count(*) FROM moved), waitlist_count = waitlist_count - (SELECT count(*) FROM moved)
               WHERE id = $1 AND EXISTS (SELECT 1 FROM moved))
       SELECT user_id FROM moved ORDER BY waitlist_seq`,
      [eventId, capacity],
    );
    return rows.map((r) => r.user_id);
  }

  async waitlistPosition(eventId: string, userId: string, tx?: EntityManager): Promise<number | null> {
    const rows: { position: string | null }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT (SELECT count(*) FROM event_rsvps w WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.waitlist_seq <= r.waitlist_seq) AS position
         FROM event_rsvps r WHERE r.event_id = $1 AND r.user_id = $2 AND r.status = 'waitlisted'`,
      [eventId, userId],
    );
    return rows[0]?.position ? Number(rows[0].position) : null;
  }

  /** Moves the counters by the given amounts and returns them. */
  async moveCounts(tx: EntityManager, eventId: string, delta: { going: number; maybe: number; waitlisted: number }): Promise<{ going: number; maybe: number; waitlisted: number }> {
    const [rows]: [{ going_count: number; maybe_count: number; waitlist_count: number }[], number] = await tx.query(
      `UPDATE events SET going_count = going_count + $2, maybe_count = maybe_count + $3, waitlist_count = waitlist_count + $4 WHERE id = $1
       RETURNING going_count, maybe_count, waitlist_count`,
      [eventId, delta.going, delta.maybe, delta.waitlisted],
    );
    const row = rows[0];
    return { going: row?.going_count ?? 0, maybe: row?.maybe_count ?? 0, waitlisted: row?.waitlist_count ?? 0 };
  }

  /** Everyone who answered, organised by status then order of answer (waitlist in line order). */
  async attendance(eventId: string): Promise<Attendance[]> {
    const rows: { user_id: string; display_name: string; email: string; organisation: string | null; status: RsvpStatus; position: string | null; updated_at: Date }[] = await this.dataSource.query(
      `SELECT r.user_id, u.display_name, u.email, o.name AS organisation, r.status, r.updated_at,
          CASE WHEN r.status = 'waitlisted' THEN row_number() OVER (PARTITION BY r.status ORDER BY r.waitlist_seq) END AS position
         FROM event_rsvps r JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE r.event_id = $1
        ORDER BY array_position(ARRAY['going','waitlisted','maybe','declined'], r.status), r.waitlist_seq NULLS LAST, r.updated_at, u.display_name`,
      [eventId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      organisation: r.organisation,
      status: r.status,
      waitlistPosition: r.position ? Number(r.position) : null,
      answeredAt: r.updated_at,
    }));
  }

  /** People to tell about a change: everyone who has not declined. */
  async answeredBy(eventId: string): Promise<{ id: string; email: string; displayName: string }[]> {
    return this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName" FROM event_rsvps r JOIN users u ON u.id = r.user_id
        WHERE r.event_id = $1 AND r.status <> 'declined' AND u.status = 'active'`,
      [eventId],
    );
  }
}
