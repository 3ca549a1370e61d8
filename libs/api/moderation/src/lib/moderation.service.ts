import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, DomainError, ForbiddenError, NotFoundError, RealtimeOutbox, TransactionRunner, ValidationError, type Viewer, decodeCursor, isGlobalModerator, isUniqueViolation, keysetPage } from '@sce/api-core';
import { CommunitiesService } from '@sce/api-communities';
import { type PageQuery, type QueuePage, type CreateFlagRequest, type FlagPage, type FlagQuery, type FlagTargetType, type FlagView, type ModeratorRef, type UpdateFlagRequest, type Warning, roomName } from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { FlagEntity } from './flag.entity';
import { WarningEntity } from './warning.entity';

export class ModerationError extends DomainError<'ALREADY_FLAGGED'> {}

interface Target {
  communityId: string | null;
  /** Whether the reporter may read it (private communities, hidden posts). */
  readable: boolean;
}

interface FlagRow {
  id: string;
  target_type: FlagTargetType;
  target_id: string;
  reason: FlagView['reason'];
  note: string;
  state: FlagView['state'];
  internal_note: string;
  created_at: Date;
  updated_at: Date;
  created_key: string;
  reporter_id: string;
  reporter_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
  community_slug: string | null;
  open_on_target: number;
  title: string | null;
  excerpt: string | null;
  thread_id: string | null;
}

/**
 * Flags and their queue, and warnings. A flag goes to the moderators of the community its target
 * lives in (people are flagged to global moderators); community moderators see and work only
 * their communities' flags.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly communities: CommunitiesService,
    private readonly audit: AuditLog,
    private readonly outbox: RealtimeOutbox,
  ) {}

  async flag(viewer: Viewer, request: CreateFlagRequest): Promise<FlagView> {
    const target = await this.target(viewer, request.targetType, request.targetId);
    if (!target.readable) throw new NotFoundError(`The ${request.targetType}`);
    if (request.targetType === 'user' && request.targetId === viewer.id) throw new ValidationError([{ field: 'body.targetId', message: 'is you: you cannot flag yourself' }]);
    const id = await this.transactions
      .run(async (tx) => {
        const flag = await tx.save(tx.create(FlagEntity, { targetType: request.targetType, targetId: request.targetId, communityId: target.communityId, reporterId: viewer.id, reason: request.reason, note: request.note }));
        for (const moderator of await this.communities.moderatorIds(tx, target.communityId)) {
          await this.outbox.publish(tx, 'moderation.flag', [roomName({ type: 'user', id: moderator })], { flagId: flag.id, targetType: request.targetType, targetId: request.targetId, reason: request.reason });
        }
        return flag.id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new ModerationError('ALREADY_FLAGGED', 409, 'You already flagged this; the moderators have it in their queue.');
        throw error;
      });
    return this.flagView(id);
  }

  async flags(viewer: Viewer, query: FlagQuery): Promise<FlagPage> {
    const params: unknown[] = [query.state];
    const conditions = ['f.state = $1'];
    if (!isGlobalModerator(viewer)) {
      conditions.push(`f.community_id IN (SELECT community_id FROM memberships WHERE user_id = $${params.push(viewer.id)}::uuid AND role = 'moderator' AND state = 'active')`);
    }
    if (query.community) conditions.push(`c.slug = $${params.push(query.community)}`);
    if (query.reason) conditions.push(`f.reason = $${params.push(query.reason)}`);
    if (query.assignee === 'none') conditions.push('f.assignee_id IS NULL');
    else if (query.assignee) conditions.push(`f.assignee_id = $${params.push(query.assignee)}::uuid`);
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      conditions.push(`(f.created_at, f.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows = await this.flagRows(`${conditions.join(' AND ')} ORDER BY f.created_at DESC, f.id DESC LIMIT $${params.push(query.limit + 1)}`, params);
    return keysetPage(rows, query.limit, (r) => [r.created_key, r.id], toFlagView);
  }

  async updateFlag(viewer: Viewer, id: string, patch: UpdateFlagRequest): Promise<FlagView> {
    await this.transactions.run(async (tx) => {
      const flag = await tx.getRepository(FlagEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!flag || !(await this.moderates(viewer, flag.communityId))) throw new NotFoundError('The flag');
      if (patch.assigneeId && !(await this.moderatesAs(tx, patch.assigneeId, flag.communityId))) {
        throw new ValidationError([{ field: 'body.assigneeId', message: 'must be a moderator of the flag’s community' }]);
      }
      const resolved = patch.state !== undefined && patch.state !== 'open' && flag.state === 'open';
      await tx.update(FlagEntity, { id }, {
        ...patch,
        ...(resolved ? { resolvedBy: viewer.id, resolvedAt: new Date() } : {}),
        ...(patch.state === 'open' ? { resolvedBy: null, resolvedAt: null } : {}),
      });
      await this.audit.record(tx, { actorId: viewer.id, action: 'flag.updated', targetType: 'flag', targetId: id, details: { ...patch, target: `${flag.targetType}:${flag.targetId}` } });
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ModerationError('ALREADY_FLAGGED', 409, 'The same person already has another open flag on this.');
      throw error;
    });
    return this.flagView(id);
  }

  /**
   * Who may be assigned a community's flags: its moderators, then the global moderators and
   * administrators (active accounts, by name, bounded). Only those who moderate it may ask.
   */
  async assignableModerators(viewer: Viewer, slug: string): Promise<ModeratorRef[]> {
    const { community } = await this.communities.access(viewer, slug);
    if (!(await this.moderates(viewer, community.id))) throw new ForbiddenError('Only the community’s moderators see who moderates it.');
    const rows: { id: string; display_name: string; scope: ModeratorRef['scope'] }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name, CASE WHEN u.role IN ('moderator', 'admin') THEN 'global' ELSE 'community' END AS scope
         FROM users u
        WHERE u.status = 'active'
          AND (u.role IN ('moderator', 'admin')
               OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.community_id = $1 AND m.role = 'moderator' AND m.state = 'active'))
        ORDER BY u.role IN ('moderator', 'admin'), u.display_name, u.id
        LIMIT 100`,
      [community.id],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, scope: r.scope }));
  }

  /** Waiting posts in the communities the viewer moderates (global moderators: all), oldest first (IDX_posts_pending). */
  async queue(viewer: Viewer, query: PageQuery): Promise<QueuePage> {
    const params: unknown[] = [];
    const conditions = [`p.approval = 'pending'`, 'p.deleted_at IS NULL'];
    if (!isGlobalModerator(viewer)) {
      conditions.push(`t.community_id IN (SELECT community_id FROM memberships WHERE user_id = $${params.push(viewer.id)}::uuid AND role = 'moderator' AND state = 'active')`);
    }
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      conditions.push(`(p.created_at, p.id) > ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows: { id: string; thread_id: string; title: string; slug: string; author_id: string; display_name: string; body_md: string; created_at: Date; created_key: string }[] = await this.dataSource.query(
      `SELECT p.id, p.thread_id, t.title, c.slug, p.author_id, u.display_name, left(p.body_md, 1000) AS body_md, p.created_at, p.created_at::text AS created_key
         FROM posts p JOIN threads t ON t.id = p.thread_id JOIN communities c ON c.id = t.community_id JOIN users u ON u.id = p.author_id
        WHERE ${conditions.join(' AND ')} ORDER BY p.created_at, p.id LIMIT $${params.push(query.limit + 1)}`,
      params,
    );
    return keysetPage(rows, query.limit, (r) => [r.created_key, r.id], (r) => ({
      postId: r.id,
      thread: { id: r.thread_id, title: r.title, communitySlug: r.slug },
      author: { id: r.author_id, displayName: r.display_name },
      body: r.body_md,
      createdAt: r.created_at.toISOString(),
    }));
  }

  /** A private message the person must acknowledge: from global moderators, or moderators of a community they belong to. */
  async warn(viewer: Viewer, userId: string, message: string): Promise<Warning> {
    const shared: unknown[] = isGlobalModerator(viewer)
      ? [1]
      : await this.dataSource.query(
          `SELECT 1 FROM memberships mod JOIN memberships m ON m.community_id = mod.community_id
            WHERE mod.user_id = $1 AND mod.role = 'moderator' AND mod.state = 'active' AND m.user_id = $2 LIMIT 1`,
          [viewer.id, userId],
        );
    if (shared.length === 0) throw new ForbiddenError('Only moderators of a community this person belongs to, or global moderators, can warn them.');
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM users WHERE id = $1 AND status <> 'deleted'`, [userId]);
    if (exists.length === 0) throw new NotFoundError('The person');
    const id = await this.transactions.run(async (tx) => {
      const warning = await tx.save(tx.create(WarningEntity, { userId, moderatorId: viewer.id, message }));
      await this.outbox.publish(tx, 'moderation.notice', [roomName({ type: 'user', id: userId })], { kind: 'warning', threadId: null, postId: null, reason: message });
      await this.audit.record(tx, { actorId: viewer.id, action: 'user.warned', targetType: 'user', targetId: userId, reason: message });
      return warning.id;
    });
    return (await this.warnings(userId, id))[0] as Warning;
  }

  /** The person's own warnings, those still to acknowledge first. */
  async warnings(userId: string, onlyId?: string): Promise<Warning[]> {
    const rows: { id: string; message: string; created_at: Date; acknowledged_at: Date | null; moderator_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT w.id, w.message, w.created_at, w.acknowledged_at, w.moderator_id, u.display_name FROM warnings w JOIN users u ON u.id = w.moderator_id
        WHERE w.user_id = $1 ${onlyId ? 'AND w.id = $2' : ''} ORDER BY w.acknowledged_at IS NOT NULL, w.created_at DESC LIMIT 100`,
      onlyId ? [userId, onlyId] : [userId],
    );
    return rows.map((r) => ({ id: r.id, message: r.message, from: { id: r.moderator_id, displayName: r.display_name }, createdAt: r.created_at.toISOString(), acknowledgedAt: r.acknowledged_at?.toISOString() ?? null }));
  }

  async acknowledge(viewer: Viewer, id: string): Promise<Warning> {
    const [rows]: [unknown[], number] = await this.dataSource.query('UPDATE warnings SET acknowledged_at = COALESCE(acknowledged_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id', [id, viewer.id]);
    if (rows.length === 0) throw new NotFoundError('The warning');
    return (await this.warnings(viewer.id, id))[0] as Warning;
  }

  /** Where a target lives and whether the viewer may read it, checked like reading it. */
  private async target(viewer: Viewer, type: FlagTargetType, id: string): Promise<Target> {
    const lookup: Record<FlagTargetType, string> = {
      thread: `SELECT community_id, (hidden OR deleted_at IS NOT NULL) AS gone, author_id FROM threads WHERE id = $1`,
      post: `SELECT t.community_id, (p.deleted_at IS NOT NULL OR (p.hidden AND p.author_id <> $2)) AS gone, p.author_id FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = $1`,
      event: `SELECT community_id, false AS gone, organiser_id AS author_id FROM events WHERE id = $1`,
      document: `SELECT community_id, deleted_at IS NOT NULL AS gone, owner_id AS author_id FROM documents WHERE id = $1`,
      user: `SELECT NULL::uuid AS community_id, status = 'deleted' AS gone, id AS author_id FROM users WHERE id = $1`,
    };
    const rows: { community_id: string | null; gone: boolean }[] = await this.dataSource.query(lookup[type], type === 'post' ? [id, viewer.id] : [id]);
    const row = rows[0];
    if (!row || row.gone) return { communityId: null, readable: false };
    if (!row.community_id) return { communityId: null, readable: true };
    const readable = await this.communities.accessById(viewer, row.community_id).then(
      () => true,
      () => false,
    );
    return { communityId: row.community_id, readable };
  }

  private async moderates(viewer: Viewer, communityId: string | null): Promise<boolean> {
    if (isGlobalModerator(viewer)) return true;
    if (!communityId) return false;
    return this.moderatesAs(this.dataSource.manager, viewer.id, communityId);
  }

  private async moderatesAs(tx: EntityManager, userId: string, communityId: string | null): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM users u WHERE u.id = $1 AND u.status = 'active' AND (u.role IN ('moderator', 'admin')
         OR ($2::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.community_id = $2 AND m.role = 'moderator' AND m.state = 'active')))`,
      [userId, communityId],
    );
    return rows.length > 0;
  }

  private async flagView(id: string): Promise<FlagView> {
    const [row] = await this.flagRows('f.id = $1', [id]);
    if (!row) throw new NotFoundError('The flag');
    return toFlagView(row);
  }

  /** Flags with their reporter, assignee, target title and open-flag count: one query for a page. */
  private flagRows(where: string, params: unknown[]): Promise<FlagRow[]> {
    return this.dataSource.query(
      `SELECT f.id, f.target_type, f.target_id, f.reason, f.note, f.state, f.internal_note, f.created_at, f.updated_at, f.created_at::text AS created_key,
          r.id AS reporter_id, r.display_name AS reporter_name, a.id AS assignee_id, a.display_name AS assignee_name, c.slug AS community_slug,
          (SELECT count(*)::int FROM flags o WHERE o.target_type = f.target_type AND o.target_id = f.target_id AND o.state = 'open') AS open_on_target,
          COALESCE(th.title, pt.title, ev.title, doc.title, tu.display_name) AS title,
          left(COALESCE(p.body_md, th.body_md), 280) AS excerpt,
          COALESCE(th.id, p.thread_id) AS thread_id
         FROM flags f
         JOIN users r ON r.id = f.reporter_id
         LEFT JOIN users a ON a.id = f.assignee_id
         LEFT JOIN communities c ON c.id = f.community_id
         LEFT JOIN threads th ON f.target_type = 'thread' AND th.id = f.target_id
         LEFT JOIN posts p ON f.target_type = 'post' AND p.id = f.target_id
         LEFT JOIN threads pt ON pt.id = p.thread_id
         LEFT JOIN events ev ON f.target_type = 'event' AND ev.id = f.target_id
         LEFT JOIN documents doc ON f.target_type = 'document' AND doc.id = f.target_id
         LEFT JOIN users tu ON f.target_type = 'user' AND tu.id = f.target_id
        WHERE ${where}`,
      params,
    );
  }
}

const toFlagView = (r: FlagRow): FlagView => ({
  id: r.id,
  target: { type: r.target_type, id: r.target_id, title: r.title ?? '', excerpt: r.excerpt, threadId: r.thread_id, communitySlug: r.community_slug },
  reason: r.reason,
  note: r.note,
  state: r.state,
  reporter: { id: r.reporter_id, displayName: r.reporter_name },
  assignee: r.assignee_id ? { id: r.assignee_id, displayName: r.assignee_name ?? '' } : null,
  internalNote: r.internal_note,
  openFlagsOnTarget: r.open_on_target,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});
