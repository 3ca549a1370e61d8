import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  AuditLog,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RealtimeOutbox,
  TransactionRunner,
  ValidationError,
  type Viewer,
  decodeCursor,
  keysetPage,
} from '@sce/api-core';
import { type CommunityAccess, CommunitiesService, canModerateCommunity, canPostInCommunity, communityReadScope } from '@sce/api-communities';
import { UserEntity } from '@sce/api-identity';
import { ThreadsService, renderMarkdown } from '@sce/api-threads';
import {
  type Attendee,
  type CancelEventRequest,
  type CommunityEventsQuery,
  type CreateEventRequest,
  type EventDetail,
  type EventPage,
  type EventsQuery,
  Permission,
  type RsvpAnswer,
  type RsvpCounts,
  type RsvpResult,
  type RsvpStatus,
  type UpdateEventRequest,
  type ViewerMembership,
  roleHasPermission,
  roomName,
  type RealtimeEventPayloads,
} from '@sce/shared-contracts';
import type { EntityManager } from 'typeorm';
import { type EventRow, EventRepository } from './event.repository';
import { eventTimes, localDateTime } from './event-times';
import { EventEntity } from './event.entity';

export class EventsError extends DomainError<'NOT_A_MEMBER' | 'EVENT_CANCELLED' | 'EVENT_OVER' | 'RSVP_CLOSED'> {}

const eventNotFound = () => new NotFoundError('The event');
const membershipOf = (access: CommunityAccess): ViewerMembership | null =>
  access.membership ? { role: access.membership.role, state: access.membership.state } : null;
const countsOf = (e: { goingCount: number; maybeCount: number; waitlistCount: number }): RsvpCounts => ({ going: e.goingCount, maybe: e.maybeCount, waitlisted: e.waitlistCount });
const seatsLeft = (capacity: number | null, going: number) => (capacity === null ? null : Math.max(0, capacity - going));
/** Changes to these fields reach people's calendars (SEQUENCE) and their mailboxes. */
const MATERIAL: (keyof UpdateEventRequest)[] = ['title', 'startLocal', 'endLocal', 'timeZone', 'venue', 'onlineUrl'];

export function toEventSummary(row: EventRow): EventPage['items'][number] {
  return {
    id: row.id,
    community: { id: row.communityId, slug: row.communitySlug, name: row.communityName },
    title: row.title,
    kind: row.kind,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    startLocal: localDateTime(row.startsAt, row.timeZone),
    endLocal: localDateTime(row.endsAt, row.timeZone),
    venue: row.venue,
    online: row.onlineUrl !== null,
    capacity: row.capacity,
    counts: countsOf(row),
    myRsvp: row.myRsvp,
  };
}

/**
 * Events of communities: planned in a time zone, answered going / maybe / declined, with a
 * capacity that holds under concurrency (the event row is locked while an answer changes) and a
 * first-come-first-served waitlist.
 */
@Injectable()
export class EventsService {

  constructor(
    private readonly events: EventRepository,
    private readonly communities: CommunitiesService,
    private readonly threads: ThreadsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly outbox: RealtimeOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async listInCommunity(viewer: Viewer | null, slug: string, query: CommunityEventsQuery): Promise<EventPage> {
    const { community } = await this.communities.readable(viewer, slug);
    const after = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : null;
    const rows = await this.events.inCommunity(community.id, query.when, viewer?.id ?? null, after ? { startsAt: String(after[0]), id: String(after[1]) } : null, query.limit + 1);
    return keysetPage(rows, query.limit, (r) => [r.startsAt.toISOString(), r.id], toEventSummary);
  }

  async list(viewer: Viewer | null, query: EventsQuery): Promise<EventPage> {
    if (query.mine && !viewer) throw new DomainError('UNAUTHENTICATED', 401, 'Sign in to see your events.');
    const after = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : null;
    const rows = await this.events.readable(
      communityReadScope(viewer),
      viewer?.id ?? null,
      { from: query.from ? new Date(query.from) : new Date(), to: query.to ? new Date(query.to) : null },
      query.mine,
      after ? { startsAt: String(after[0]), id: String(after[1]) } : null,
      query.limit + 1,
    );
    return keysetPage(rows, query.limit, (r) => [r.startsAt.toISOString(), r.id], toEventSummary);
  }

  async create(viewer: Viewer, slug: string, request: CreateEventRequest): Promise<EventDetail> {
    const times = eventTimes(request);
    const id = await this.transactions.run(async (tx) => {
      const access = await this.communities.access(viewer, slug, tx);
      if (!canPostInCommunity(viewer, membershipOf(access))) throw new EventsError('NOT_A_MEMBER', 403, 'Join this community to organise an event in it.');
      const organiserIds = await this.checkedOrganisers(tx, access.community.id, viewer.id, request.organiserIds);
      const author = await tx.findOneOrFail(UserEntity, { where: { id: viewer.id }, select: { id: true, language: true } });
      const event = await tx.save(
        tx.create(EventEntity, {
          communityId: access.community.id,
          organiserId: viewer.id,
          title: request.title,
          descriptionMarkdown: request.description,
          descriptionHtml: renderMarkdown(request.description),
          agendaMarkdown: request.agenda,
          agendaHtml: renderMarkdown(request.agenda),
          kind: request.kind,
          ...times,
          timeZone: request.timeZone,
          venue: request.venue,
          onlineUrl: request.onlineUrl,
          capacity: request.capacity,
          language: request.language ?? author.language,
        }),
      );
      await this.events.setOrganisers(tx, event.id, organiserIds);
      const threadId = await this.threads.startDiscussion(tx, {
        communityId: access.community.id,
        authorId: viewer.id,
        title: `Event: ${request.title}`.slice(0, 200),
        body: `Questions and notes about **${request.title}** (${localDateTime(times.startsAt, request.timeZone).replace('T', ' ')}, ${request.timeZone}).\n\n[Open the event](${this.eventUrl(event.id)})`,
        tags: ['event'],
        language: author.language,
      });
      await tx.update(EventEntity, { id: event.id }, { threadId });
      await this.publishChanged(tx, event.id, access.community.id, { going: 0, maybe: 0, waitlisted: 0 }, 'created', viewer.id);
      return event.id;
    });
    return this.detail(viewer, id);
  }

  async detail(viewer: Viewer | null, id: string): Promise<EventDetail> {
    const { event, access } = await this.readable(viewer, id);
    const row = await this.events.row(id, viewer?.id ?? null);
    if (!row) throw eventNotFound();
    const organisers = await this.events.organisers(id);
    const organiser = viewer !== null && organisers.some((o) => o.id === viewer.id);
    const moderator = canModerateCommunity(viewer, membershipOf(access));
    const closed = this.rsvpClosedReason(viewer, access, event);
    return {
      ...toEventSummary(row),
      description: event.descriptionMarkdown,
      descriptionHtml: event.descriptionHtml,
      agenda: event.agendaMarkdown,
      agendaHtml: event.agendaHtml,
      onlineUrl: event.onlineUrl,
      rsvpDeadline: event.rsvpDeadline?.toISOString() ?? null,
      rsvpDeadlineLocal: event.rsvpDeadline ? localDateTime(event.rsvpDeadline, event.timeZone) : null,
      organisers,
      threadId: event.threadId,
      seatsLeft: seatsLeft(event.capacity, event.goingCount),
      cancelledReason: event.cancelledReason,
      createdAt: event.createdAt.toISOString(),
      updatedAt: event.updatedAt.toISOString(),
      viewer: {
        rsvp: row.myRsvp,
        waitlistPosition: viewer && row.myRsvp === 'waitlisted' ? await this.events.waitlistPosition(id, viewer.id) : null,
        canRsvp: closed === null,
        rsvpClosedReason: closed,
        canEdit: organiser || moderator,
        canSeeAttendees: organiser || moderator,
      },
    };
  }

  async update(viewer: Viewer, id: string, patch: UpdateEventRequest): Promise<EventDetail> {
    await this.transactions.run(async (tx) => {
      const { event } = await this.editable(viewer, id, tx);
      if (event.status === 'cancelled') throw new EventsError('EVENT_CANCELLED', 409, 'This event is cancelled: it can no longer be changed.');
      const timeZone = patch.timeZone ?? event.timeZone;
      const times = eventTimes({
        timeZone,
        startLocal: patch.startLocal ?? localDateTime(event.startsAt, timeZone),
        endLocal: patch.endLocal ?? localDateTime(event.endsAt, timeZone),
        rsvpDeadlineLocal: patch.rsvpDeadlineLocal !== undefined ? patch.rsvpDeadlineLocal : event.rsvpDeadline ? localDateTime(event.rsvpDeadline, timeZone) : null,
      });
      const venue = patch.venue !== undefined ? patch.venue : event.venue;
      const onlineUrl = patch.onlineUrl !== undefined ? patch.onlineUrl : event.onlineUrl;
      if (venue === null && onlineUrl === null) throw new ValidationError([{ field: 'body.venue', message: 'needs a venue, an online link or both' }]);
      const material = MATERIAL.some((field) => patch[field] !== undefined) && (times.startsAt.getTime() !== event.startsAt.getTime() || times.endsAt.getTime() !== event.endsAt.getTime() || patch.title !== undefined || patch.venue !== undefined || patch.onlineUrl !== undefined);
      await tx.update(EventEntity, { id }, {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.description !== undefined ? { descriptionMarkdown: patch.description, descriptionHtml: renderMarkdown(patch.description) } : {}),
        ...(patch.agenda !== undefined ? { agendaMarkdown: patch.agenda, agendaHtml: renderMarkdown(patch.agenda) } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...times,
        timeZone,
        venue,
        onlineUrl,
        ...(patch.capacity !== undefined ? { capacity: patch.capacity } : {}),
        ...(patch.language !== undefined ? { language: patch.language } : {}),
        sequence: () => 'sequence + 1',
      });
      // A new start time deserves a new reminder.
      if (times.startsAt.getTime() !== event.startsAt.getTime()) await tx.query('UPDATE event_rsvps SET reminded_at = NULL WHERE event_id = $1 AND reminded_at IS NOT NULL', [id]);
      if (patch.organiserIds !== undefined) await this.events.setOrganisers(tx, id, await this.checkedOrganisers(tx, event.communityId, event.organiserId, patch.organiserIds));
      // More seats: the waitlist moves up into them.
      if (patch.capacity !== undefined) await this.promote(tx, id, patch.capacity);
      const fresh = (await this.events.find(id, tx)) as EventEntity;
      await this.publishChanged(tx, id, event.communityId, countsOf(fresh), material ? 'details' : 'minor', viewer.id);
      if (viewer.id !== event.organiserId) await this.audit.record(tx, { actorId: viewer.id, action: 'event.updated', targetType: 'event', targetId: id, details: { fields: Object.keys(patch) } });
    });
    return this.detail(viewer, id);
  }

  async cancel(viewer: Viewer, id: string, request: CancelEventRequest): Promise<EventDetail> {
    await this.transactions.run(async (tx) => {
      const { event } = await this.editable(viewer, id, tx);
      if (event.status === 'cancelled') throw new EventsError('EVENT_CANCELLED', 409, 'This event is already cancelled.');
      await tx.update(EventEntity, { id }, { status: 'cancelled', cancelledReason: request.reason ?? null, sequence: () => 'sequence + 1' });
      await this.publishChanged(tx, id, event.communityId, countsOf(event), 'cancelled', viewer.id);
      await this.audit.record(tx, { actorId: viewer.id, action: 'event.cancelled', targetType: 'event', targetId: id, reason: request.reason ?? null });
    });
    return this.detail(viewer, id);
  }

  /**
   * Answers for the viewer. Under the event's row lock: "going" takes a seat if one is free and
   * otherwise a place at the end of the waitlist; leaving "going" frees the seat for the first in line.
   */
  async rsvp(viewer: Viewer, id: string, answer: RsvpAnswer): Promise<RsvpResult> {
    const outcome = await this.transactions.run(async (tx) => {
      const { event, access } = await this.readable(viewer, id, tx);
      const closed = this.rsvpClosedReason(viewer, access, event);
      if (closed) throw this.rsvpClosedError(closed);
      const current = await this.events.rsvp(tx, id, viewer.id);
      const from: RsvpStatus | null = current?.status ?? null;
      let to: RsvpStatus = answer;
      // Already going or in line: asking to go again changes nothing (the place in line is kept).
      if (answer === 'going' && (from === 'going' || from === 'waitlisted')) to = from;
      else if (answer === 'going' && event.capacity !== null && event.goingCount >= event.capacity) to = 'waitlisted';
      if (to === from) return { status: to, counts: countsOf(event), promoted: [] as string[], event };
      await this.events.writeRsvp(tx, id, viewer.id, to);
      const delta = { going: 0, maybe: 0, waitlisted: 0 };
      const bucket = (s: RsvpStatus | null) => (s === 'going' ? 'going' : s === 'maybe' ? 'maybe' : s === 'waitlisted' ? 'waitlisted' : null);
      const fromBucket = bucket(from);
      const toBucket = bucket(to);
      if (fromBucket) delta[fromBucket] -= 1;
      if (toBucket) delta[toBucket] += 1;
      let counts = await this.events.moveCounts(tx, id, delta);
      const promoted = from === 'going' ? await this.promote(tx, id, event.capacity) : [];
      if (promoted.length > 0) counts = { going: counts.going + promoted.length, maybe: counts.maybe, waitlisted: counts.waitlisted - promoted.length };
      await this.publishChanged(tx, id, event.communityId, counts, 'answers', viewer.id);
      return { status: to, counts, promoted, event };
    });
    return {
      status: outcome.status,
      waitlistPosition: outcome.status === 'waitlisted' ? await this.events.waitlistPosition(id, viewer.id) : null,
      counts: outcome.counts,
      seatsLeft: seatsLeft(outcome.event.capacity, outcome.counts.going),
    };
  }

  async attendees(viewer: Viewer, id: string): Promise<{ event: EventEntity; attendees: Attendee[] }> {
    const { event, access } = await this.readable(viewer, id);
    if (!(await this.events.isOrganiser(id, viewer.id)) && !canModerateCommunity(viewer, membershipOf(access))) {
      throw new ForbiddenError('Only the event’s organisers and the community’s moderators see who comes.');
    }
    const rows = await this.events.attendance(id);
    return {
      event,
      attendees: rows.map((r) => ({
        person: { id: r.userId, displayName: r.displayName },
        organisation: r.organisation,
        email: r.email,
        status: r.status,
        waitlistPosition: r.waitlistPosition,
        answeredAt: r.answeredAt.toISOString(),
      })),
    };
  }

  /** The event and its community, when the viewer may read them (locked inside a transaction). */
  async readable(viewer: Viewer | null, id: string, tx?: EntityManager): Promise<{ event: EventEntity; access: CommunityAccess }> {
    const event = await this.events.find(id, tx);
    if (!event) throw eventNotFound();
    const access = await this.communities.accessById(viewer, event.communityId, tx).catch((error: unknown) => {
      throw error instanceof NotFoundError ? eventNotFound() : error;
    });
    return { event, access };
  }

  private async editable(viewer: Viewer, id: string, tx: EntityManager): Promise<{ event: EventEntity; access: CommunityAccess }> {
    const found = await this.readable(viewer, id, tx);
    if (!(await this.events.isOrganiser(id, viewer.id)) && !canModerateCommunity(viewer, membershipOf(found.access))) {
      throw new ForbiddenError('Only the event’s organisers and the community’s moderators can change it.');
    }
    return found;
  }

  /** Moves people up from the waitlist into the free seats and tells each of them; returns who moved up. */
  private async promote(tx: EntityManager, eventId: string, capacity: number | null): Promise<string[]> {
    const promoted = await this.events.promoteWaitlisted(tx, eventId, capacity);
    if (promoted.length === 0) return promoted;
    const { title } = (await this.events.find(eventId, tx)) as EventEntity;
    for (const id of promoted) await this.outbox.publish(tx, 'event.promoted', [roomName({ type: 'user', id })], { eventId, title });
    return promoted;
  }

  private rsvpClosedReason(viewer: Viewer | null, access: CommunityAccess, event: EventEntity): EventDetail['viewer']['rsvpClosedReason'] {
    if (!viewer) return 'signed-out';
    if (event.status === 'cancelled') return 'cancelled';
    if (event.endsAt.getTime() <= Date.now()) return 'past';
    if (event.rsvpDeadline && event.rsvpDeadline.getTime() < Date.now()) return 'deadline';
    if (!canPostInCommunity(viewer, membershipOf(access)) || !roleHasPermission(viewer.role, Permission.CreateContent)) return 'not-a-member';
    return null;
  }

  private rsvpClosedError(reason: NonNullable<EventDetail['viewer']['rsvpClosedReason']>): DomainError {
    switch (reason) {
      case 'cancelled':
        return new EventsError('EVENT_CANCELLED', 409, 'This event is cancelled.');
      case 'past':
        return new EventsError('EVENT_OVER', 409, 'This event is over.');
      case 'deadline':
        return new EventsError('RSVP_CLOSED', 409, 'Answers for this event closed at its deadline.');
      case 'not-a-member':
        return new EventsError('NOT_A_MEMBER', 403, 'Join the community to answer for its events.');
      case 'signed-out':
        return new DomainError('UNAUTHENTICATED', 401, 'Sign in to answer.');
    }
  }

  /** Co-organisers must be active members of the community; the creator always organises. */
  private async checkedOrganisers(tx: EntityManager, communityId: string, creatorId: string, ids: string[]): Promise<string[]> {
    const wanted = [...new Set([creatorId, ...ids])];
    const rows: { user_id: string }[] = await tx.query(
      `SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.community_id = $1 AND m.user_id = ANY($2::uuid[]) AND m.state = 'active' AND u.status = 'active'`,
      [communityId, wanted],
    );
    const found = new Set(rows.map((r) => r.user_id));
    const missing = wanted.filter((id) => id !== creatorId && !found.has(id));
    if (missing.length > 0) throw new ValidationError([{ field: 'body.organiserIds', message: 'must be active members of the community' }]);
    return wanted;
  }

  /** Announces the change to the community room; a `details` change or a cancellation also notifies those who answered (notifications). */
  private publishChanged(tx: EntityManager, eventId: string, communityId: string, counts: RsvpCounts, change: RealtimeEventPayloads['event.changed']['change'], actorId: string): Promise<void> {
    return this.outbox.publish(tx, 'event.changed', [roomName({ type: 'community', id: communityId })], { eventId, communityId, counts, change, actorId });
  }

  private eventUrl(id: string): string {
    return `${this.config.publicUrl}/events/${id}`;
  }
}
