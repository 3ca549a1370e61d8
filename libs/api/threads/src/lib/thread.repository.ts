import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunityReadScope } from '@sce/api-communities';
import { queryPrepared } from '@sce/api-core';
import type { Language, Research, ThreadKind } from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { ThreadEntity } from './thread.entity';

/** A thread as lists show it: one row per thread, author and community joined, unread computed. */
export interface ThreadRow {
  id: string;
  communitySlug: string;
  communityName: string;
  kind: ThreadKind;
  title: string;
  tags: string[];
  language: Language;
  authorId: string;
  authorName: string;
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
  replyCount: number;
  acceptedPostId: string | null;
  lastActivityAt: Date;
  /** `last_activity_at` as PostgreSQL prints it (microseconds) for exact keyset cursors. */
  activityKey: string;
  createdAt: Date;
  unread: boolean | null;
}

export interface CommunityListKey {
  pinned: boolean;
  activity: string;
  id: string;
}

export interface LatestKey {
  activity: string;
  id: string;
}

export interface NewThread {
  communityId: string;
  authorId: string;
  kind: ThreadKind;
  title: string;
  bodyMarkdown: string;
  bodyHtml: string;
  tags: string[];
  language: Language;
  research: Research | null;
}

interface RawThreadRow {
  id: string;
  community_slug: string;
  community_name: string;
  kind: ThreadKind;
  title: string;
  tags: string[];
  language: Language;
  author_id: string;
  author_name: string;
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
  reply_count: number;
  accepted_post_id: string | null;
  last_activity_at: Date;
  activity_key: string;
  created_at: Date;
  unread: boolean | null;
}

/**
 * The list columns and joins. Built per query so that a visitor's list has no read-marker join and
 * every filter not asked for is left out of the SQL (simpler plans, cheaper planning).
 * `viewer` is the placeholder holding the viewer's id, or null for a visitor.
 */
const summarySelect = (viewer: string | null): string => `
  SELECT t.id, c.slug AS community_slug, c.name AS community_name, t.kind, t.title, t.tags, t.language,
    t.author_id, u.display_name AS author_name, t.pinned, t.locked, t.hidden, t.reply_count, t.accepted_post_id,
    t.last_activity_at, t.last_activity_at::text AS activity_key, t.created_at,
    ${viewer ? '(r.read_at IS NULL OR r.read_at < t.last_activity_at)' : 'NULL::boolean'} AS unread
  FROM threads t
  JOIN communities c ON c.id = t.community_id
  JOIN users u ON u.id = t.author_id
  ${viewer ? `LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = ${viewer}` : ''}`;

interface RawThreadEntityRow {
  id: string;
  community_id: string;
  author_id: string;
  kind: ThreadKind;
  title: string;
  body_md: string;
  body_html: string;
  tags: string[];
  language: Language;
  pinned: boolean;
  locked: boolean;
  slow_mode_seconds: number;
  hidden: boolean;
  deleted_at: Date | null;
  reply_count: number;
  post_seq: number;
  last_activity_at: Date;
  research: Research | null;
  edited_at: Date | null;
  accepted_post_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const toThreadEntity = (r: RawThreadEntityRow): ThreadEntity =>
  Object.assign(new ThreadEntity(), {
    id: r.id,
    communityId: r.community_id,
    authorId: r.author_id,
    kind: r.kind,
    title: r.title,
    bodyMarkdown: r.body_md,
    bodyHtml: r.body_html,
    tags: r.tags,
    language: r.language,
    pinned: r.pinned,
    locked: r.locked,
    slowModeSeconds: r.slow_mode_seconds,
    hidden: r.hidden,
    deletedAt: r.deleted_at,
    replyCount: r.reply_count,
    postSeq: r.post_seq,
    lastActivityAt: r.last_activity_at,
    research: r.research,
    editedAt: r.edited_at,
    acceptedPostId: r.accepted_post_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

/** Collects SQL conditions and their parameters ($1, $2...) in order. */
class SqlParts {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];
  param(value: unknown, cast = ''): string {
    this.params.push(value);
    return `$${this.params.length}${cast}`;
  }
  where(condition: string): void {
    this.conditions.push(condition);
  }
}

const toRow = (r: RawThreadRow): ThreadRow => ({
  id: r.id,
  communitySlug: r.community_slug,
  communityName: r.community_name,
  kind: r.kind,
  title: r.title,
  tags: r.tags,
  language: r.language,
  authorId: r.author_id,
  authorName: r.author_name,
  pinned: r.pinned,
  locked: r.locked,
  hidden: r.hidden,
  replyCount: r.reply_count,
  acceptedPostId: r.accepted_post_id,
  lastActivityAt: r.last_activity_at,
  activityKey: r.activity_key,
  createdAt: r.created_at,
  unread: r.unread,
});

@Injectable()
export class ThreadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A keyset page of a community's threads: pinned first, then by last activity, newest first.
   * IDX_threads_community_listing is scanned backwards; the tag filter can use IDX_threads_tags.
   */
  async listInCommunity(
    communityId: string,
    filter: { kind?: ThreadKind; tag?: string; includeHidden: boolean },
    viewerId: string | null,
    after: CommunityListKey | null,
    limit: number,
  ): Promise<ThreadRow[]> {
    const sql = new SqlParts();
    const viewer = viewerId ? sql.param(viewerId, '::uuid') : null;
    sql.where(`t.community_id = ${sql.param(communityId, '::uuid')}`);
    sql.where('t.deleted_at IS NULL');
    if (!filter.includeHidden) sql.where('NOT t.hidden');
    if (filter.kind) sql.where(`t.kind = ${sql.param(filter.kind)}`);
    if (filter.tag) sql.where(`t.tags @> ARRAY[${sql.param(filter.tag, '::text')}]`);
    if (after) sql.where(`(t.pinned, t.last_activity_at, t.id) < (${sql.param(after.pinned, '::boolean')}, ${sql.param(after.activity, '::timestamptz')}, ${sql.param(after.id, '::uuid')})`);
    const rows = await queryPrepared<RawThreadRow>(
      this.dataSource,
      `${summarySelect(viewer)} WHERE ${sql.conditions.join(' AND ')}
       ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC LIMIT ${sql.param(limit, '::int')}`,
      sql.params,
    );
    return rows.map(toRow);
  }

  /** The platform-wide "latest" list of visible threads in communities the scope may read (IDX_threads_latest). */
  async latest(scope: CommunityReadScope, viewerId: string | null, after: LatestKey | null, limit: number): Promise<ThreadRow[]> {
    const sql = new SqlParts();
    const viewer = viewerId ? sql.param(viewerId, '::uuid') : null;
    sql.where('t.deleted_at IS NULL AND NOT t.hidden');
    const readable = `c.visibility = ANY(${sql.param(scope.visibilities, '::text[]')})`;
    sql.where(
      scope.memberId
        ? `(${readable} OR (c.visibility = 'private' AND EXISTS (
             SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.user_id = ${sql.param(scope.memberId, '::uuid')} AND m.state = 'active')))`
        : readable,
    );
    if (after) sql.where(`(t.last_activity_at, t.id) < (${sql.param(after.activity, '::timestamptz')}, ${sql.param(after.id, '::uuid')})`);
    const rows = await queryPrepared<RawThreadRow>(
      this.dataSource,
      `${summarySelect(viewer)} WHERE ${sql.conditions.join(' AND ')}
       ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ${sql.param(limit, '::int')}`,
      sql.params,
    );
    return rows.map(toRow);
  }

  /** One thread as lists show it (deleted ones are not found). */
  async summary(id: string, viewerId: string | null): Promise<ThreadRow | null> {
    const sql = new SqlParts();
    const viewer = viewerId ? sql.param(viewerId, '::uuid') : null;
    const rows: RawThreadRow[] = await this.dataSource.query(`${summarySelect(viewer)} WHERE t.id = ${sql.param(id, '::uuid')} AND t.deleted_at IS NULL`, sql.params);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Whether the person bookmarked the thread itself (not one of its posts). */
  async bookmarked(userId: string, threadId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM bookmarks WHERE user_id = $1 AND thread_id = $2 AND post_id IS NULL', [userId, threadId]);
    return rows.length > 0;
  }

  /** The thread row; locked for update inside a transaction. */
  /** Inside a transaction the row is locked; outside, one prepared statement (every thread request reads it). */
  async find(id: string, tx?: EntityManager): Promise<ThreadEntity | null> {
    if (tx) return tx.getRepository(ThreadEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const [row] = await queryPrepared<RawThreadEntityRow>(
      this.dataSource,
      `SELECT id, community_id, author_id, kind, title, body_md, body_html, tags, language, pinned, locked, slow_mode_seconds, hidden, deleted_at,
              reply_count, post_seq, last_activity_at, research, edited_at, accepted_post_id, created_at, updated_at
         FROM threads WHERE id = $1::uuid`,
      [id],
    );
    return row ? toThreadEntity(row) : null;
  }

  /** Inserts the thread and moves the community's thread count and last activity with it. */
  async create(tx: EntityManager, thread: NewThread): Promise<ThreadEntity> {
    const created = await tx.save(tx.create(ThreadEntity, thread));
    // From the stored row, not the Date TypeORM returns: that would lose the microseconds.
    await tx.query('UPDATE communities c SET thread_count = thread_count + 1, last_activity_at = t.last_activity_at FROM threads t WHERE c.id = $1 AND t.id = $2', [thread.communityId, created.id]);
    return created;
  }

  async update(tx: EntityManager, id: string, patch: Partial<Pick<ThreadEntity, 'title' | 'bodyMarkdown' | 'bodyHtml' | 'tags' | 'language' | 'research' | 'pinned' | 'locked' | 'editedAt' | 'acceptedPostId'>>): Promise<void> {
    await tx.update(ThreadEntity, { id }, patch);
  }

  /** Soft delete: the thread leaves every list and the community's count. */
  async softDelete(tx: EntityManager, thread: ThreadEntity): Promise<void> {
    await tx.update(ThreadEntity, { id: thread.id }, { deletedAt: new Date() });
    if (!thread.hidden) await tx.query('UPDATE communities SET thread_count = thread_count - 1 WHERE id = $1', [thread.communityId]);
  }

  /** Read as of its last activity: for the author of something just written. */
  async markReadAsOfLastActivity(tx: EntityManager, userId: string, threadId: string): Promise<void> {
    await tx.query(
      `INSERT INTO thread_reads (user_id, thread_id, read_at) SELECT $1, id, last_activity_at FROM threads WHERE id = $2
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = GREATEST(thread_reads.read_at, EXCLUDED.read_at)`,
      [userId, threadId],
    );
  }

  async markRead(userId: string, threadId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO thread_reads (user_id, thread_id, read_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = now()`,
      [userId, threadId],
    );
  }
}
