import { Injectable } from '@nestjs/common';
import { AuditLog, RealtimeOutbox, AuthError, AuthErrorCode, ForbiddenError, NotFoundError, TransactionRunner, type Viewer, decodeCursor, isUniqueViolation, keysetPage } from '@sce/api-core';
import { UserEntity } from '@sce/api-identity';
import type {
  CommunityDetail,
  CommunityPage,
  CreateCommunityRequest,
  MemberListQuery,
  MemberPage,
  MembershipRole,
  PageQuery,
  UpdateCommunityRequest,
  ViewerMembership,
} from '@sce/shared-contracts';
import { slugify } from '@sce/shared-util';
import type { EntityManager } from 'typeorm';
import { CommunitiesError, CommunitiesErrorCode, slugTaken } from './communities.errors';
import type { CommunityEntity } from './community.entity';
import { toCommunityDetail, toCommunitySummary, toMember, toViewerMembership } from './community.mapper';
import { canEditCommunity, canModerateCommunity, canPostInCommunity, canReadCommunity, canSeeCommunity, communityReadScope, joinOutcome } from './community.policy';
import { CommunityRepository } from './community.repository';
import type { MembershipEntity } from './membership.entity';

const communityNotFound = () => new NotFoundError('The community');
const memberNotFound = () => new NotFoundError('The membership');

/** A community the viewer may see, and their membership in it. */
export interface CommunityAccess {
  community: CommunityEntity;
  membership: MembershipEntity | null;
}

@Injectable()
export class CommunitiesService {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly outbox: RealtimeOutbox,
  ) {}

  async list(viewer: Viewer | null, page: PageQuery): Promise<CommunityPage> {
    const after = page.cursor ? decodeCursor(page.cursor, ['string', 'uuid']) : null;
    const rows = await this.communities.listReadable(communityReadScope(viewer), after ? { name: String(after[0]), id: String(after[1]) } : null, page.limit + 1);
    const memberships = viewer ? await this.communities.membershipsOf(viewer.id, rows.map((c) => c.id)) : new Map<string, MembershipEntity>();
    return keysetPage(rows, page.limit, (c) => [c.name, c.id], (c) => toCommunitySummary(c, memberships.get(c.id) ?? null));
  }

  /**
   * The community behind a slug when the viewer may see it. Anything else is "not found", so a
   * private community's existence never leaks.
   */
  async access(viewer: Viewer | null, slug: string, tx?: EntityManager): Promise<CommunityAccess> {
    const found = await this.find('slug', slug, viewer, tx);
    if (!found) throw communityNotFound();
    const { community, membership } = found;
    if (!canSeeCommunity(viewer, community, toViewerMembership(membership))) throw communityNotFound();
    return { community, membership };
  }

  /** Like {@link access}, for a community known by id (a thread's, a post's). */
  async accessById(viewer: Viewer | null, communityId: string, tx?: EntityManager): Promise<CommunityAccess> {
    const found = await this.find('id', communityId, viewer, tx);
    if (!found) throw communityNotFound();
    const { community, membership } = found;
    if (!canReadCommunity(viewer, community, toViewerMembership(membership))) throw communityNotFound();
    return { community, membership };
  }

  /** Outside a transaction in one query; inside one, the membership row is locked. */
  private async find(by: 'slug' | 'id', value: string, viewer: Viewer | null, tx?: EntityManager): Promise<CommunityAccess | null> {
    if (!tx) return this.communities.findWithMembership(by, value, viewer?.id ?? null);
    const community = by === 'slug' ? await this.communities.findBySlug(value, tx) : await this.communities.findById(value, tx);
    if (!community) return null;
    return { community, membership: viewer ? await this.communities.membership(community.id, viewer.id, tx) : null };
  }

  /** Like {@link access}, for reading the community's content. */
  async readable(viewer: Viewer | null, slug: string): Promise<CommunityAccess> {
    const found = await this.access(viewer, slug);
    if (!canReadCommunity(viewer, found.community, toViewerMembership(found.membership))) throw communityNotFound();
    return found;
  }

  async detail(viewer: Viewer | null, slug: string): Promise<CommunityDetail> {
    const { community, membership } = await this.access(viewer, slug);
    return this.detailOf(viewer, community, membership);
  }

  async create(admin: Viewer, request: CreateCommunityRequest): Promise<CommunityDetail> {
    const slug = request.slug ?? slugify(request.name);
    const community = await this.transactions
      .run(async (tx) => {
        if (await this.communities.slugTaken(slug, null, tx)) throw slugTaken(slug);
        const created = await this.communities.create(tx, { ...request, slug });
        await this.audit.record(tx, { actorId: admin.id, action: 'community.created', targetType: 'community', targetId: created.id, details: { ...request, slug } });
        return created;
      })
      .catch(rethrowSlugRace(slug));
    return this.detailOf(admin, community, null);
  }

  async update(admin: Viewer, slug: string, patch: UpdateCommunityRequest): Promise<CommunityDetail> {
    const community = await this.transactions
      .run(async (tx) => {
        const current = await this.communities.findBySlug(slug, tx);
        if (!current) throw communityNotFound();
        if (patch.slug && (await this.communities.slugTaken(patch.slug, current.id, tx))) throw slugTaken(patch.slug);
        const updated = await this.communities.update(tx, current.id, patch);
        // Who may follow its rooms may have changed.
        if (patch.visibility !== undefined && patch.visibility !== current.visibility) await this.outbox.instruct(tx, 'access.community', { communityId: current.id });
        await this.audit.record(tx, { actorId: admin.id, action: 'community.updated', targetType: 'community', targetId: current.id, details: { ...patch } });
        return updated;
      })
      .catch(rethrowSlugRace(patch.slug ?? slug));
    return this.detailOf(admin, community, await this.communities.membership(community.id, admin.id));
  }

  /** Joins an open community, asks to join one with requests, or accepts an invitation. */
  async join(viewer: Viewer, slug: string): Promise<CommunityDetail> {
    const community = await this.transactions.run(async (tx) => {
      const found = await this.access(viewer, slug, tx);
      const outcome = joinOutcome(found.community, toViewerMembership(found.membership));
      if ('refused' in outcome) throw joinRefused(outcome.refused);
      if (found.membership) {
        await this.communities.setState(tx, found.membership, outcome.state);
      } else if (!(await this.communities.addMembership(tx, { communityId: found.community.id, userId: viewer.id, role: 'member', state: outcome.state }))) {
        throw joinRefused('already');
      }
      return found.community;
    });
    return this.detail(viewer, community.slug);
  }

  /** Leaves, withdraws a request or declines an invitation. */
  async leave(viewer: Viewer, slug: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const found = await this.access(viewer, slug, tx);
      if (!found.membership || found.membership.state === 'banned') throw new CommunitiesError(CommunitiesErrorCode.NOT_A_MEMBER, 409, 'You are not a member of this community.');
      await this.communities.remove(tx, found.membership);
      await this.outbox.instruct(tx, 'access.user', { userId: viewer.id });
    });
  }

  async members(viewer: Viewer | null, slug: string, query: MemberListQuery): Promise<MemberPage> {
    const { community, membership } = await this.readable(viewer, slug);
    if (query.state !== 'active' && !viewer) throw new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'Sign in to do this.');
    if (query.state !== 'active' && !canModerateCommunity(viewer, toViewerMembership(membership))) {
      throw new ForbiddenError('Only the community’s moderators see requests and invitations.');
    }
    const after = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : null;
    const rows = await this.communities.members(community.id, query.state, after ? { since: String(after[0]), userId: String(after[1]) } : null, query.limit + 1);
    return keysetPage(rows, query.limit, (r) => [r.sinceKey, r.userId], toMember);
  }

  /** A community moderator accepts a request to join. */
  async approve(moderator: Viewer, slug: string, userId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { community } = await this.moderated(moderator, slug, tx);
      const target = await this.communities.membership(community.id, userId, tx);
      if (target?.state !== 'requested') throw new CommunitiesError(CommunitiesErrorCode.NOTHING_TO_APPROVE, 409, 'This person has not asked to join (or was already approved).');
      await this.communities.setState(tx, target, 'active');
      await this.audit.record(tx, { actorId: moderator.id, action: 'community.member-approved', targetType: 'user', targetId: userId, details: { community: community.slug } });
    });
  }

  /** A community moderator invites someone; a pending request is approved instead. */
  async invite(moderator: Viewer, slug: string, userId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { community } = await this.moderated(moderator, slug, tx);
      const user = await tx.findOne(UserEntity, { where: { id: userId }, select: { id: true, status: true } });
      if (!user || user.status === 'deleted') throw new NotFoundError('The person');
      const existing = await this.communities.membership(community.id, userId, tx);
      if (existing?.state === 'requested') {
        await this.communities.setState(tx, existing, 'active');
      } else if (existing) {
        throw new CommunitiesError(CommunitiesErrorCode.ALREADY_MEMBER, 409, existing.state === 'banned' ? 'This person is banned from the community.' : 'This person is already a member or invited.');
      } else {
        await this.communities.addMembership(tx, { communityId: community.id, userId, role: 'member', state: 'invited' });
      }
      await this.audit.record(tx, { actorId: moderator.id, action: 'community.member-invited', targetType: 'user', targetId: userId, details: { community: community.slug } });
    });
  }

  /** A community moderator removes a member, refuses a request or withdraws an invitation. */
  async removeMember(moderator: Viewer, slug: string, userId: string, reason: string | undefined): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { community } = await this.moderated(moderator, slug, tx);
      const target = await this.communities.membership(community.id, userId, tx);
      if (!target || target.state === 'banned') throw memberNotFound();
      await this.communities.remove(tx, target);
      await this.outbox.instruct(tx, 'access.user', { userId });
      await this.audit.record(tx, { actorId: moderator.id, action: 'community.member-removed', targetType: 'user', targetId: userId, reason: reason ?? null, details: { community: community.slug, state: target.state } });
    });
  }

  /** Administrators appoint (or stand down) community moderators among active members. */
  async setRole(admin: Viewer, slug: string, userId: string, role: MembershipRole): Promise<void> {
    await this.transactions.run(async (tx) => {
      const community = await this.communities.findBySlug(slug, tx);
      if (!community) throw communityNotFound();
      const target = await this.communities.membership(community.id, userId, tx);
      if (target?.state !== 'active') throw new CommunitiesError(CommunitiesErrorCode.NOT_A_MEMBER, 409, 'Only active members can be made moderators: invite the person first.');
      await this.communities.setRole(tx, target, role);
      await this.outbox.instruct(tx, 'access.user', { userId });
      await this.audit.record(tx, { actorId: admin.id, action: 'community.role-changed', targetType: 'user', targetId: userId, details: { community: community.slug, role } });
    });
  }

  /** Who moderates a community: its moderators and the global ones (bounded), to tell them about new work. */
  async moderatorIds(tx: EntityManager, communityId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM users WHERE status = 'active' AND role IN ('moderator', 'admin')
       UNION SELECT m.user_id FROM memberships m WHERE $1::uuid IS NOT NULL AND m.community_id = $1 AND m.role = 'moderator' AND m.state = 'active' LIMIT 100`,
      [communityId],
    );
    return rows.map((r) => r.id);
  }

  /** Slow mode for the whole community (its moderators): seconds between one person's posts in it; 0 turns it off. */
  async setSlowMode(moderator: Viewer, slug: string, seconds: number): Promise<CommunityDetail> {
    const community = await this.transactions.run(async (tx) => {
      const { community } = await this.moderated(moderator, slug, tx);
      await tx.query('UPDATE communities SET slow_mode_seconds = $2 WHERE id = $1', [community.id, seconds]);
      await this.audit.record(tx, { actorId: moderator.id, action: 'community.slow-mode', targetType: 'community', targetId: community.id, details: { seconds } });
      return community;
    });
    return this.detail(moderator, community.slug);
  }

  private async moderated(viewer: Viewer, slug: string, tx: EntityManager): Promise<CommunityAccess> {
    const found = await this.access(viewer, slug, tx);
    if (!canModerateCommunity(viewer, toViewerMembership(found.membership))) throw new ForbiddenError('Only the community’s moderators can do this.');
    return found;
  }

  private async detailOf(viewer: Viewer | null, community: CommunityEntity, membership: MembershipEntity | null): Promise<CommunityDetail> {
    const own: ViewerMembership | null = toViewerMembership(membership);
    return toCommunityDetail(community, membership, await this.communities.moderators(community.id), {
      membership: own,
      canRead: canReadCommunity(viewer, community, own),
      canJoin: viewer !== null && !('refused' in joinOutcome(community, own)),
      canPost: canPostInCommunity(viewer, own),
      canModerate: canModerateCommunity(viewer, own),
      canEdit: canEditCommunity(viewer),
    });
  }
}

function joinRefused(reason: 'already' | 'banned' | 'invite-only'): CommunitiesError {
  switch (reason) {
    case 'already':
      return new CommunitiesError(CommunitiesErrorCode.ALREADY_MEMBER, 409, 'You are already a member of this community, or have asked to join.');
    case 'banned':
      return new CommunitiesError(CommunitiesErrorCode.BANNED, 403, 'You cannot join this community: its moderators removed you.');
    case 'invite-only':
      return new CommunitiesError(CommunitiesErrorCode.INVITE_ONLY, 403, 'This community is by invitation only. Ask one of its moderators to invite you.');
  }
}

function rethrowSlugRace(slug: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error, 'UQ_communities_slug')) throw slugTaken(slug);
    throw error;
  };
}
