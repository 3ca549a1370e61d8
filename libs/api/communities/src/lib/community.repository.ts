import { Injectable } from '@nestjs/common';
import { queryPrepared } from '@sce/api-core';
import { InjectRepository } from '@nestjs/typeorm';
import type { CommunityVisibility, JoinPolicy, MembershipRole, MembershipState, PersonRef } from '@sce/shared-contracts';
import { type EntityManager, In, type Repository } from 'typeorm';
import { CommunityEntity } from './community.entity';
import type { CommunityReadScope } from './community.policy';
import { MembershipEntity } from './membership.entity';

export interface CommunityKey {
  name: string;
  id: string;
}

export interface CommunityFields {
  slug: string;
  name: string;
  description: string;
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
  newMemberApprovals?: number;
}

export interface MemberRow {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  role: MembershipRole;
  state: MembershipState;
  since: Date;
  /** `since` as PostgreSQL prints it, microseconds included, for an exact keyset cursor. */
  sinceKey: string;
}

export interface MemberKey {
  since: string;
  userId: string;
}

interface CommunityAccessRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: CommunityVisibility;
  join_policy: JoinPolicy;
  member_count: number;
  thread_count: number;
  new_member_approvals: number;
  slow_mode_seconds: number;
  last_activity_at: Date | null;
  created_at: Date;
  m_role: MembershipRole | null;
  m_state: MembershipState | null;
  m_since: Date | null;
  m_created_at: Date | null;
  m_updated_at: Date | null;
}

@Injectable()
export class CommunityRepository {
  constructor(
    @InjectRepository(CommunityEntity) private readonly communities: Repository<CommunityEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {}

  /**
   * One keyset page in name order, of the communities the scope may read. Served by
   * IDX_communities_visibility_name_id; private ones are checked against the membership's primary key.
   */
  async listReadable(scope: CommunityReadScope, after: CommunityKey | null, limit: number): Promise<CommunityEntity[]> {
    const query = this.communities
      .createQueryBuilder('c')
      .where(
        scope.memberId
          ? `(c.visibility = ANY(:visibilities) OR (c.visibility = 'private' AND EXISTS (
               SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.user_id = :memberId AND m.state = 'active')))`
          : 'c.visibility = ANY(:visibilities)',
        { visibilities: scope.visibilities, memberId: scope.memberId },
      )
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(c.name, c.id) > (:name, :id)', { name: after.name, id: after.id });
    return query.getMany();
  }

  /** The viewer's memberships among these communities, in one query (by primary key). */
  async membershipsOf(userId: string, communityIds: string[]): Promise<Map<string, MembershipEntity>> {
    if (communityIds.length === 0) return new Map();
    const rows = await this.memberships.find({ where: { userId, communityId: In(communityIds) } });
    return new Map(rows.map((m) => [m.communityId, m]));
  }

  /**
   * A community (by slug or id) with the user's membership, in one query: what every read request
   * checks first, so it skips the ORM's query building (outside transactions; those lock the membership).
   */
  async findWithMembership(by: 'slug' | 'id', value: string, userId: string | null): Promise<{ community: CommunityEntity; membership: MembershipEntity | null } | null> {
    const rows = await queryPrepared<CommunityAccessRow>(
      this.communities.manager.dataSource,
      `SELECT c.id, c.slug, c.name, c.description, c.visibility, c.join_policy, c.member_count, c.thread_count, c.new_member_approvals,
              c.slow_mode_seconds, c.last_activity_at, c.created_at,
              m.role AS m_role, m.state AS m_state, m.since AS m_since, m.created_at AS m_created_at, m.updated_at AS m_updated_at
         FROM communities c LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = $2::uuid
        WHERE ${by === 'slug' ? 'c.slug = $1' : 'c.id = $1::uuid'}`,
      [value, userId],
    );
    const row = rows[0];
    if (!row) return null;
    const community = Object.assign(new CommunityEntity(), {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      visibility: row.visibility,
      joinPolicy: row.join_policy,
      memberCount: row.member_count,
      threadCount: row.thread_count,
      newMemberApprovals: row.new_member_approvals,
      slowModeSeconds: row.slow_mode_seconds,
      lastActivityAt: row.last_activity_at,
      createdAt: row.created_at,
    });
    const membership =
      userId && row.m_role && row.m_state && row.m_since && row.m_created_at && row.m_updated_at
        ? Object.assign(new MembershipEntity(), { communityId: row.id, userId, role: row.m_role, state: row.m_state, since: row.m_since, createdAt: row.m_created_at, updatedAt: row.m_updated_at })
        : null;
    return { community, membership };
  }

  findBySlug(slug: string, tx?: EntityManager): Promise<CommunityEntity | null> {
    return (tx?.getRepository(CommunityEntity) ?? this.communities).findOne({ where: { slug } });
  }

  findById(id: string, tx?: EntityManager): Promise<CommunityEntity | null> {
    return (tx?.getRepository(CommunityEntity) ?? this.communities).findOne({ where: { id } });
  }

  /** Within a transaction the membership row is locked, so concurrent joins and approvals serialise. */
  membership(communityId: string, userId: string, tx?: EntityManager): Promise<MembershipEntity | null> {
    if (!tx) return this.memberships.findOne({ where: { communityId, userId } });
    return tx.getRepository(MembershipEntity).findOne({ where: { communityId, userId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Active community moderators by name (a community has a handful). */
  async moderators(communityId: string): Promise<PersonRef[]> {
    const rows: { id: string; display_name: string }[] = await this.memberships.query(
      `SELECT u.id, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.community_id = $1 AND m.role = 'moderator' AND m.state = 'active' AND u.status <> 'deleted'
       ORDER BY u.display_name, u.id LIMIT 50`,
      [communityId],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  }

  /** A keyset page of members in one state, longest-standing first (IDX_memberships_community_state_since). */
  async members(communityId: string, state: MembershipState, after: MemberKey | null, limit: number): Promise<MemberRow[]> {
    const rows: { user_id: string; display_name: string; organisation_id: string; organisation_name: string; role: MembershipRole; state: MembershipState; since: Date; since_key: string }[] =
      await this.memberships.query(
        `SELECT m.user_id, u.display_name, u.organisation_id, o.name AS organisation_name, m.role, m.state, m.since, m.since::text AS since_key
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         JOIN organisations o ON o.id = u.organisation_id
         WHERE m.community_id = $1 AND m.state = $2 AND u.status <> 'deleted'
           AND ($3::timestamptz IS NULL OR (m.since, m.user_id) > ($3::timestamptz, $4::uuid))
         ORDER BY m.since, m.user_id
         LIMIT $5`,
        [communityId, state, after?.since ?? null, after?.userId ?? null, limit],
      );
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, organisationId: r.organisation_id, organisationName: r.organisation_name, role: r.role, state: r.state, since: r.since, sinceKey: r.since_key }));
  }

  async slugTaken(slug: string, exceptId: string | null, tx: EntityManager): Promise<boolean> {
    const found = await tx.getRepository(CommunityEntity).findOne({ where: { slug }, select: { id: true } });
    return found !== null && found.id !== exceptId;
  }

  create(tx: EntityManager, fields: CommunityFields): Promise<CommunityEntity> {
    return tx.save(tx.create(CommunityEntity, fields));
  }

  async update(tx: EntityManager, id: string, patch: Partial<CommunityFields>): Promise<CommunityEntity> {
    await tx.update(CommunityEntity, { id }, patch);
    return tx.findOneOrFail(CommunityEntity, { where: { id } });
  }

  /** False when a membership row already exists (a concurrent join won). */
  async addMembership(tx: EntityManager, row: { communityId: string; userId: string; role: MembershipRole; state: MembershipState }): Promise<boolean> {
    const result = await tx.createQueryBuilder().insert().into(MembershipEntity).values(row).orIgnore().execute();
    const inserted = (result.raw as unknown[]).length > 0;
    if (inserted && row.state === 'active') await this.adjustMemberCount(tx, row.communityId, +1);
    return inserted;
  }

  async setState(tx: EntityManager, membership: MembershipEntity, state: MembershipState): Promise<void> {
    await tx.update(MembershipEntity, { communityId: membership.communityId, userId: membership.userId }, { state, since: new Date() });
    const delta = (state === 'active' ? 1 : 0) - (membership.state === 'active' ? 1 : 0);
    if (delta !== 0) await this.adjustMemberCount(tx, membership.communityId, delta);
  }

  async setRole(tx: EntityManager, membership: MembershipEntity, role: MembershipRole): Promise<void> {
    await tx.update(MembershipEntity, { communityId: membership.communityId, userId: membership.userId }, { role });
  }

  async remove(tx: EntityManager, membership: MembershipEntity): Promise<void> {
    await tx.delete(MembershipEntity, { communityId: membership.communityId, userId: membership.userId });
    if (membership.state === 'active') await this.adjustMemberCount(tx, membership.communityId, -1);
  }

  private async adjustMemberCount(tx: EntityManager, communityId: string, delta: number): Promise<void> {
    await tx.query('UPDATE communities SET member_count = member_count + $2 WHERE id = $1', [communityId, delta]);
  }
}
