import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryPrepared } from '@sce/api-core';
import type { Language, ReactionKind } from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { PostEntity } from './post.entity';

/** A post as thread pages show it, author joined. */
export interface PostRow {
  id: string;
  threadId: string;
  parentId: string | null;
  depth: number;
  path: string;
  authorId: string;
  authorName: string;
  bodyMarkdown: string;
  bodyHtml: string;
  hidden: boolean;
  hiddenReason: string | null;
  approval: 'approved' | 'pending' | 'rejected';
  deletedAt: Date | null;
  editedAt: Date | null;
  createdAt: Date;
  childCount: number;
  revisionCount: number;
  reactionCounts: Record<string, number>;
}

interface RawPostRow {
  id: string;
  thread_id: string;
  parent_id: string | null;
  depth: number;
  path: string;
  author_id: string;
  author_name: string;
  body_md: string;
  body_html: string;
  hidden: boolean;
  hidden_reason: string | null;
  approval: 'approved' | 'pending' | 'rejected';
  deleted_at: Date | null;
  edited_at: Date | null;
  created_at: Date;
  child_count: number;
  revision_count: number;
  reaction_counts: Record<string, number>;
}

const toRow = (r: RawPostRow): PostRow => ({
  id: r.id,
  threadId: r.thread_id,
  parentId: r.parent_id,
  depth: r.depth,
  path: r.path,
  authorId: r.author_id,
  authorName: r.author_name,
  bodyMarkdown: r.body_md,
  bodyHtml: r.body_html,
  hidden: r.hidden,
  hiddenReason: r.hidden_reason,
  approval: r.approval,
  deletedAt: r.deleted_at,
  editedAt: r.edited_at,
  createdAt: r.created_at,
  childCount: r.child_count,
  revisionCount: r.revision_count,
  reactionCounts: r.reaction_counts,
});

const POST_COLUMNS = `p.id, p.thread_id, p.parent_id, p.depth, p.path, p.author_id, u.display_name AS author_name, p.body_md, p.body_html,
  p.hidden, p.hidden_reason, p.approval, p.deleted_at, p.edited_at, p.created_at, p.child_count, p.revision_count, p.reaction_counts`;

export interface PostVersion {
  version: number;
  editorId: string;
  editorName: string;
  bodyMarkdown: string;
  createdAt: Date;
  current: boolean;
}

export interface NewPost {
  threadId: string;
  parentId: string | null;
  authorId: string;
  depth: number;
  bodyMarkdown: string;
  bodyHtml: string;
  /** The language it is written in; null: the author's profile language. */
  language?: Language | null;
}

/** Post numbers are zero-padded in paths so that text order is tree order. */
export const pathSegment = (n: number): string => String(n).padStart(7, '0');

@Injectable()
export class PostRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One keyset page of a thread's reply tree in depth-first order, down to `maxDepth`, optionally
   * only the branch under `rootPath`. One query whatever the thread's size (IDX_posts_thread_path).
   */
  async page(threadId: string, options: { maxDepth: number; rootPath: string | null; afterPath: string | null; limit: number; viewerId: string | null; moderator: boolean }): Promise<PostRow[]> {
    const rows = await queryPrepared<RawPostRow>(
      this.dataSource,
      `SELECT ${POST_COLUMNS}
       FROM posts p JOIN users u ON u.id = p.author_id
       WHERE p.thread_id = $1 AND p.depth <= $2
         AND ($3::text IS NULL OR p.path = $3::text OR (p.path > $3::text || '/' AND p.path < $3::text || '0'))
         AND ($4::text IS NULL OR p.path > $4::text)
         AND (p.approval = 'approved' OR $7 OR p.author_id = $6::uuid)
       ORDER BY p.path
       LIMIT $5`,
      [threadId, options.maxDepth, options.rootPath, options.afterPath, options.limit, options.viewerId, options.moderator],
    );
    return rows.map(toRow);
  }

  async row(id: string): Promise<PostRow | null> {
    const rows: RawPostRow[] = await this.dataSource.query(`SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = $1`, [id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** The post row; locked for update inside a transaction. */
  find(id: string, tx?: EntityManager): Promise<PostEntity | null> {
    const repository = (tx ?? this.dataSource.manager).getRepository(PostEntity);
    return tx ? repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : repository.findOne({ where: { id } });
  }

  /**
   * Inserts a reply. The first statement takes the thread's next post number and moves its
   * counters, locking the thread row until commit, so the statements after it are kept few:
   * the post, its parent's reply count, the community's last activity, the author's read marker.
   * Null when the thread was deleted, or locked and `evenIfLocked` is false.
   */
  /**
   * Numbers, stores and counts a new post in one statement: the thread's row stays locked from
   * here to commit, so every other reply to a busy thread waits for as few round trips as
   * possible. The thread is locked before the community (the community's update reads the
   * inserted row), the same order as everywhere else, so concurrent replies cannot deadlock.
   */
  async create(tx: EntityManager, post: NewPost, parentPath: string | null, options: { evenIfLocked: boolean; communityId: string; pending: boolean }): Promise<{ id: string; number: number; path: string; createdAt: Date } | null> {
    // A post waiting for approval takes its number now but is counted only once approved.
    const rows: { id: string; number: number; path: string; at: Date }[] = await tx.query(
      `WITH numbered AS (
         UPDATE threads SET post_seq = post_seq + 1${options.pending ? '' : ', reply_count = reply_count + 1, last_activity_at = now()'}
          WHERE id = $1 AND deleted_at IS NULL AND (NOT locked OR $2) RETURNING post_seq, ${options.pending ? 'now()' : 'last_activity_at'} AS at
       ), numbered_path AS (
         SELECT post_seq, at, concat($6::text || '/', lpad(post_seq::text, greatest(7, length(post_seq::text)), '0')) AS path FROM numbered
       ), inserted AS (
         INSERT INTO posts (thread_id, parent_id, author_id, depth, number, path, body_md, body_html, approval, language, created_at)
         SELECT $1, $3, $4, $5, n.post_seq, n.path, $7, $8, $9, COALESCE($10, (SELECT language FROM users WHERE id = $4)), now() FROM numbered_path n
         RETURNING id, number, path
       ), parent_counted AS (
         UPDATE posts SET child_count = child_count + 1 WHERE id = $3 AND NOT $11 AND EXISTS (SELECT 1 FROM inserted)
       ), community_active AS (
         UPDATE communities SET last_activity_at = now()
          WHERE id = $12 AND NOT $11 AND (last_activity_at IS NULL OR last_activity_at < now()) AND EXISTS (SELECT 1 FROM inserted)
       ), read_by_author AS (
         INSERT INTO thread_reads (user_id, thread_id, read_at) SELECT $4, $1, now() FROM inserted
         ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = now()
       )
       SELECT i.id, i.number, i.path, n.at FROM inserted i CROSS JOIN numbered_path n`,
      [post.threadId, options.evenIfLocked, post.parentId, post.authorId, post.depth, parentPath, post.bodyMarkdown, post.bodyHtml,
        options.pending ? 'pending' : 'approved', post.language ?? null, options.pending, options.communityId],
    );
    const created = rows[0];
    return created ? { id: created.id, number: created.number, path: created.path, createdAt: created.at } : null;
  }

  /**
   * Counts a post where it is shown: its parent's replies, and (for an approval) the thread's
   * replies and last activity; the community's last activity either way.
   */
  async countIn(tx: EntityManager, threadId: string, parentId: string | null, communityId: string, approving: boolean): Promise<void> {
    if (approving) await tx.query('UPDATE threads SET reply_count = reply_count + 1, last_activity_at = now() WHERE id = $1', [threadId]);
    if (parentId) await tx.query('UPDATE posts SET child_count = child_count + 1 WHERE id = $1', [parentId]);
    await tx.query('UPDATE communities SET last_activity_at = now() WHERE id = $1 AND (last_activity_at IS NULL OR last_activity_at < now())', [communityId]);
  }

  /**
   * Whether a new post by this person waits for approval: while the account has fewer approved
   * posts (anywhere) than the community asks of new accounts. Stops counting at that number.
   */
  async needsApproval(tx: EntityManager | null, userId: string, communityId: string): Promise<boolean> {
    const rows: { needed: boolean }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT c.new_member_approvals > (
          SELECT count(*) FROM (SELECT 1 FROM posts p WHERE p.author_id = $1 AND p.approval = 'approved' LIMIT c.new_member_approvals) x) AS needed
         FROM communities c WHERE c.id = $2`,
      [userId, communityId],
    );
    return rows[0]?.needed ?? false;
  }

  /** Keeps the replaced text as a revision and stores the new one. */
  async edit(tx: EntityManager, post: PostEntity, editorId: string, bodyMarkdown: string, bodyHtml: string): Promise<void> {
    // The replaced text, with who wrote it and when: version 1 is the text as first written.
    await tx.query(
      `INSERT INTO post_revisions (post_id, version, editor_id, body_md, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [post.id, post.revisionCount + 1, post.lastEditorId ?? post.authorId, post.bodyMarkdown, post.editedAt ?? post.createdAt],
    );
    await tx.query(
      `UPDATE posts SET body_md = $2, body_html = $3, edited_at = now(), revision_count = revision_count + 1, last_editor_id = $4 WHERE id = $1`,
      [post.id, bodyMarkdown, bodyHtml, editorId],
    );
  }

  /** Soft delete: the post stays in the tree as "deleted" and leaves the thread's reply count. */
  async softDelete(tx: EntityManager, post: PostEntity): Promise<void> {
    await tx.query('UPDATE posts SET deleted_at = now() WHERE id = $1', [post.id]);
    await tx.query('UPDATE threads SET reply_count = reply_count - 1, accepted_post_id = CASE WHEN accepted_post_id = $2 THEN NULL ELSE accepted_post_id END WHERE id = $1', [post.threadId, post.id]);
  }

  /**
   * Every version of a post, the current text included, newest first, with who wrote each; at
   * most `limit` (a post edited more often shows its latest versions).
   */
  async versions(postId: string, limit: number): Promise<PostVersion[]> {
    const rows: { version: number; editor_id: string; display_name: string; body_md: string; created_at: Date; current: boolean }[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT r.version, r.editor_id, u.display_name, r.body_md, r.created_at, false AS current
         FROM post_revisions r JOIN users u ON u.id = r.editor_id WHERE r.post_id = $1
         UNION ALL
         SELECT p.revision_count + 1, u.id, u.display_name, p.body_md, COALESCE(p.edited_at, p.created_at), true
         FROM posts p JOIN users u ON u.id = COALESCE(p.last_editor_id, p.author_id) WHERE p.id = $1
       ) v ORDER BY version DESC LIMIT $2`,
      [postId, limit],
    );
    return rows.map((r) => ({ version: r.version, editorId: r.editor_id, editorName: r.display_name, bodyMarkdown: r.body_md, createdAt: r.created_at, current: r.current }));
  }

  /** Adds or removes one reaction and moves the post's count with it; the new counts, or null when nothing changed. */
  async react(tx: EntityManager, postId: string, userId: string, kind: ReactionKind, on: boolean): Promise<Record<string, number> | null> {
    // TypeORM answers an UPDATE or DELETE with [rows, count], anything else with rows.
    const changed: unknown[] = on
      ? await tx.query('INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id', [postId, userId, kind])
      : ((await tx.query('DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3 RETURNING post_id', [postId, userId, kind])) as [unknown[], number])[0];
    if (changed.length === 0) return null;
    const [rows]: [{ reaction_counts: Record<string, number> }[], number] = await tx.query(
      `UPDATE posts SET reaction_counts = CASE
         WHEN COALESCE((reaction_counts ->> $2)::int, 0) + $3 <= 0 THEN reaction_counts - $2
         ELSE jsonb_set(reaction_counts, ARRAY[$2], to_jsonb(COALESCE((reaction_counts ->> $2)::int, 0) + $3)) END
       WHERE id = $1 RETURNING reaction_counts`,
      [postId, kind, on ? 1 : -1],
    );
    return rows[0]?.reaction_counts ?? {};
  }

  /**
   * Seconds this person must still wait before posting in the thread, under the thread's or its
   * community's slow mode (the longer applies); 0 or less when they may post. One indexed query.
   */
  slowModeWait(userId: string, threadId: string, communityId: string): Promise<{ wait: number | null }[]> {
    return this.dataSource.query(
      `SELECT EXTRACT(EPOCH FROM (max(p.created_at) + make_interval(secs => r.seconds) - now())) AS wait
         FROM (SELECT c.slow_mode_seconds AS community_seconds, GREATEST(t.slow_mode_seconds, c.slow_mode_seconds) AS seconds
                 FROM threads t JOIN communities c ON c.id = t.community_id WHERE t.id = $2) r
         JOIN posts p ON p.author_id = $1 AND p.created_at > now() - make_interval(secs => r.seconds)
         JOIN threads pt ON pt.id = p.thread_id
        WHERE r.seconds > 0 AND (p.thread_id = $2 OR (r.community_seconds > 0 AND pt.community_id = $3))
        GROUP BY r.seconds`,
      [userId, threadId, communityId],
    );
  }

  /** The viewer's reactions and bookmarks among a page of posts: two queries per page. */
  async viewerMarks(userId: string, postIds: string[]): Promise<{ reactions: Map<string, ReactionKind[]>; bookmarked: Set<string> }> {
    if (postIds.length === 0) return { reactions: new Map(), bookmarked: new Set() };
    const reactions = await queryPrepared<{ post_id: string; kind: ReactionKind }>(this.dataSource, 'SELECT post_id, kind FROM post_reactions WHERE user_id = $1 AND post_id = ANY($2::uuid[]) ORDER BY kind', [userId, postIds]);
    const bookmarks = await queryPrepared<{ post_id: string }>(this.dataSource, 'SELECT post_id FROM bookmarks WHERE user_id = $1 AND post_id = ANY($2::uuid[])', [userId, postIds]);
    const byPost = new Map<string, ReactionKind[]>();
    for (const r of reactions) byPost.set(r.post_id, [...(byPost.get(r.post_id) ?? []), r.kind]);
    return { reactions: byPost, bookmarked: new Set(bookmarks.map((b) => b.post_id)) };
  }

  /** Active people among these ids, id → display name, in one query. */
  async people(tx: EntityManager | null, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await (tx ?? this.dataSource.manager).query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[]) AND status = 'active'`, [ids]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  async saveMentions(tx: EntityManager, postId: string, userIds: string[], options: { replace: boolean } = { replace: true }): Promise<void> {
    if (options.replace) await tx.query('DELETE FROM post_mentions WHERE post_id = $1', [postId]);
    if (userIds.length > 0) await tx.query('INSERT INTO post_mentions (post_id, user_id) SELECT $1, unnest($2::uuid[])', [postId, userIds]);
  }
}
