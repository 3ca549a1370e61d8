import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@sce/api-core';
import type { NotificationType } from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';

/** One notification to write: who, what kind, about what. */
export interface NotificationDraft {
  recipientId: string;
  type: NotificationType;
  /** Drafts with the same key collapse into one unread entry; null never collapses. */
  groupKey: string | null;
  actorId: string | null;
  threadId?: string | null;
  postId?: string | null;
  eventId?: string | null;
  practiceId?: string | null;
  data?: Record<string, string | number | null>;
}

export interface NotificationRow {
  id: string;
  type: NotificationType;
  count: number;
  actor_ids: string[];
  thread_id: string | null;
  thread_title: string | null;
  post_id: string | null;
  community_id: string | null;
  community_slug: string | null;
  community_name: string | null;
  event_id: string | null;
  event_title: string | null;
  event_starts_at: Date | null;
  practice_id: string | null;
  practice_title: string | null;
  data: Record<string, string | number | null>;
  created_at: Date;
  updated_at: Date;
  /** PostgreSQL's own text of updated_at, for cursors (microseconds). */
  updated_key: string;
  read_at: Date | null;
}

/**
 * The joins and the condition that keep a notification to what its recipient may read now: the
 * thread's or event's community (private ones only for members and global moderators), a hidden
 * thread only for its author and moderators, a post that is still shown. Moderation notices about
 * one's own post stay visible whatever became of the post. Aliases: n (notification), u (recipient).
 */
export const VISIBLE_JOINS = `
  JOIN users u ON u.id = n.recipient_id
  LEFT JOIN threads t ON t.id = n.thread_id
  LEFT JOIN events e ON e.id = n.event_id
  LEFT JOIN posts p ON p.id = n.post_id
  LEFT JOIN practices pr ON pr.id = n.practice_id
  LEFT JOIN communities c ON c.id = COALESCE(t.community_id, e.community_id)
  LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = n.recipient_id`;
export const VISIBLE_WHERE = `
  (n.thread_id IS NULL OR (t.deleted_at IS NULL AND (NOT t.hidden OR t.author_id = n.recipient_id OR u.role IN ('admin', 'moderator') OR (m.state = 'active' AND m.role = 'moderator'))))
  AND (c.id IS NULL OR c.visibility <> 'private' OR u.role IN ('admin', 'moderator') OR m.state = 'active')
  AND (n.post_id IS NULL OR n.type = 'moderation' OR (p.deleted_at IS NULL AND NOT p.hidden AND p.approval = 'approved'))`;

@Injectable()
export class NotificationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Writes drafts (at most one per recipient and group key) in one statement: a draft whose
   * recipient already has an unread entry with its key joins it. Whether and when it is mailed
   * follows the recipient's choice for its type. `at` is when the notified thing happened (entries
   * of one projector batch are ordered by it, not by the batch's single transaction time).
   * Returns the entries written, per recipient.
   */
  async write(tx: EntityManager, drafts: NotificationDraft[], at: Date): Promise<{ id: string; recipientId: string }[]> {
    if (drafts.length === 0) return [];
    const column = <T>(pick: (d: NotificationDraft) => T) => drafts.map(pick);
    const rows: { id: string; recipient_id: string }[] = await tx.query(
      `INSERT INTO notifications AS n (recipient_id, type, group_key, actor_ids, thread_id, post_id, event_id, practice_id, data, created_at, updated_at, mail_state, mail_due_at)
       SELECT d.recipient_id, d.type, d.group_key, CASE WHEN d.actor_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[d.actor_id] END,
              d.thread_id, d.post_id, d.event_id, d.practice_id, d.data, $12::timestamptz, $12::timestamptz,
              CASE coalesce(s.email ->> d.type, 'never') WHEN 'immediately' THEN 'immediate' WHEN 'daily' THEN 'digest' ELSE 'none' END,
              CASE coalesce(s.email ->> d.type, 'never') WHEN 'immediately' THEN now() + make_interval(secs => $11) END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[], $9::jsonb[])
              AS d(recipient_id, type, group_key, actor_id, thread_id, post_id, event_id, practice_id, data)
         LEFT JOIN notification_settings s ON s.user_id = d.recipient_id
         ORDER BY d.recipient_id
       ON CONFLICT (recipient_id, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL DO UPDATE SET
         count = n.count + 1,
         actor_ids = CASE WHEN cardinality(EXCLUDED.actor_ids) = 0 THEN n.actor_ids
                          ELSE (EXCLUDED.actor_ids || array_remove(n.actor_ids, EXCLUDED.actor_ids[1]))[1:$10] END,
         data = n.data || EXCLUDED.data || jsonb_build_object('latestPostId', EXCLUDED.post_id),
         updated_at = greatest(n.updated_at, EXCLUDED.updated_at),
         mail_state = CASE WHEN n.mail_state IN ('immediate', 'digest', 'sending') THEN n.mail_state ELSE EXCLUDED.mail_state END,
         mail_due_at = CASE WHEN n.mail_state = 'immediate' THEN n.mail_due_at ELSE EXCLUDED.mail_due_at END
       RETURNING n.id, n.recipient_id`,
      [
        column((d) => d.recipientId),
        column((d) => d.type),
        column((d) => d.groupKey),
        column((d) => d.actorId),
        column((d) => d.threadId ?? null),
        column((d) => d.postId ?? null),
        column((d) => d.eventId ?? null),
        column((d) => d.practiceId ?? null),
        column((d) => JSON.stringify(d.data ?? {})),
        MAX_ACTORS,
        this.config.notificationMailDelaySeconds,
        at,
      ],
    );
    return rows.map((r) => ({ id: r.id, recipientId: r.recipient_id }));
  }

  /** Unread entries each person may still read (the badge), for several people at once. */
  async unreadCounts(tx: EntityManager | null, recipientIds: string[]): Promise<Map<string, number>> {
    const rows: { recipient_id: string; unread: number }[] = await (tx ?? this.dataSource).query(
      `SELECT n.recipient_id, count(*)::int AS unread FROM notifications n ${VISIBLE_JOINS}
        WHERE n.recipient_id = ANY($1::uuid[]) AND n.read_at IS NULL AND ${VISIBLE_WHERE}
        GROUP BY n.recipient_id`,
      [recipientIds],
    );
    return new Map(recipientIds.map((id) => [id, rows.find((r) => r.recipient_id === id)?.unread ?? 0]));
  }

  /** A page of a person's notifications, newest activity first, keyset on (updated_at, id). */
  page(recipientId: string, options: { unreadOnly: boolean; after: [string, string] | null; limit: number }): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT n.id, n.type, n.count, n.actor_ids, n.thread_id, t.title AS thread_title, n.post_id,
              c.id AS community_id, c.slug AS community_slug, c.name AS community_name,
              n.event_id, e.title AS event_title, e.starts_at AS event_starts_at, n.practice_id, pr.title AS practice_title,
              n.data, n.created_at, n.updated_at, n.updated_at::text AS updated_key, n.read_at
         FROM notifications n ${VISIBLE_JOINS}
        WHERE n.recipient_id = $1 AND ${VISIBLE_WHERE}
          AND ($2::boolean = false OR n.read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (n.updated_at, n.id) < ($3::timestamptz, $4::uuid))
        ORDER BY n.updated_at DESC, n.id DESC
        LIMIT $5`,
      [recipientId, options.unreadOnly, options.after?.[0] ?? null, options.after?.[1] ?? null, options.limit],
    );
  }

  /** Marks some or all of a person's entries read; mails not yet sent for them are skipped. Returns how many changed. */
  async markRead(tx: EntityManager, recipientId: string, ids: string[] | 'all'): Promise<number> {
    const rows: unknown[] = await tx.query(
      `UPDATE notifications SET read_at = now(),
              mail_state = CASE WHEN mail_state IN ('immediate', 'digest') THEN 'skipped' ELSE mail_state END
        WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        RETURNING id`,
      [recipientId, ids === 'all' ? null : ids],
    );
    return rows.length;
  }

  /** Display names of actors, in one query for a page. */
  async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await this.dataSource.query('SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }
}

/** Names kept on a collapsed entry ("Anna, Lars and 3 others"). */
export const MAX_ACTORS = 3;
