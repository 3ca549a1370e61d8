import { Injectable } from '@nestjs/common';
import { type NotificationType, type RealtimeEventPayloads, type RealtimeEventType, parseRoomName } from '@sce/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { NotificationDraft } from './notification.repository';

/** A committed outbox event as the projector reads it. */
export interface OutboxEvent<K extends RealtimeEventType = RealtimeEventType> {
  type: K;
  rooms: string[];
  data: RealtimeEventPayloads[K];
}

/** When one person would get several kinds for one post, the first of these wins. */
const PRIORITY: NotificationType[] = ['mention', 'reply', 'watched-thread', 'watched-community'];

/**
 * Who hears about what. Turns one committed domain event into notification drafts: the people it
 * concerns, minus its author, people who muted the thread or community (or the author's mentions),
 * people no longer active, and anyone who may not read the thing now.
 */
@Injectable()
export class NotificationFanout {
  async drafts(tx: EntityManager, event: OutboxEvent): Promise<NotificationDraft[]> {
    switch (event.type) {
      case 'post.created':
        return this.postCreated(tx, event.data as RealtimeEventPayloads['post.created']);
      case 'thread.created':
        return this.threadCreated(tx, event.data as RealtimeEventPayloads['thread.created']);
      case 'event.changed':
        return this.eventChanged(tx, event.data as RealtimeEventPayloads['event.changed']);
      case 'event.reminder': {
        const data = event.data as RealtimeEventPayloads['event.reminder'];
        return this.forEventRecipients(tx, data.eventId, userIds(event.rooms), { type: 'event-reminder', groupKey: null, actorId: null, eventId: data.eventId });
      }
      case 'event.promoted': {
        const data = event.data as RealtimeEventPayloads['event.promoted'];
        return this.forEventRecipients(tx, data.eventId, userIds(event.rooms), { type: 'waitlist-promoted', groupKey: null, actorId: null, eventId: data.eventId });
      }
      case 'moderation.notice':
        return this.moderationNotice(tx, event.rooms, event.data as RealtimeEventPayloads['moderation.notice']);
      case 'practice.transfer': {
        const data = event.data as RealtimeEventPayloads['practice.transfer'];
        return this.active(tx, userIds(event.rooms), data.actorId ?? null).then((ids) =>
          ids.map((recipientId) => ({ recipientId, type: 'practice-transfer', groupKey: null, actorId: data.actorId ?? null, practiceId: data.practiceId, data: { stage: data.stage, organisation: data.organisation } })),
        );
      }
      case 'practice.evaluated': {
        const data = event.data as RealtimeEventPayloads['practice.evaluated'];
        return this.active(tx, userIds(event.rooms), data.evaluatorId).then((ids) =>
          ids.map((recipientId) => ({ recipientId, type: 'practice-evaluation', groupKey: `practice:${data.practiceId}:evaluations`, actorId: data.evaluatorId, practiceId: data.practiceId })),
        );
      }
      case 'post.edited':
      case 'post.hidden':
      case 'post.deleted':
      case 'reactions.changed':
      case 'thread.updated':
      case 'thread.locked':
      case 'thread.pinned':
      case 'thread.moved':
      case 'thread.answer-accepted':
      case 'thread.deleted':
      case 'moderation.flag':
      case 'moderation.queued':
      case 'notification.created':
      case 'notification.read':
        return [];
    }
  }

  /** Replies, mentions and watchers of the thread and of its community; the author starts watching. */
  private async postCreated(tx: EntityManager, data: RealtimeEventPayloads['post.created']): Promise<NotificationDraft[]> {
    const [post]: { thread_id: string; community_id: string; author_id: string; recipient_of_reply: string; shown: boolean }[] = await tx.query(
      `SELECT p.thread_id, t.community_id, p.author_id, coalesce(parent.author_id, t.author_id) AS recipient_of_reply,
              (p.deleted_at IS NULL AND NOT p.hidden AND p.approval = 'approved') AS shown
         FROM posts p JOIN threads t ON t.id = p.thread_id LEFT JOIN posts parent ON parent.id = p.parent_id
        WHERE p.id = $1`,
      [data.postId],
    );
    if (!post?.shown) return [];
    await this.autoWatch(tx, post.author_id, post.thread_id, 'auto_watch_replied');
    const mentioned: { user_id: string }[] = await tx.query('SELECT user_id FROM post_mentions WHERE post_id = $1', [data.postId]);
    const watchers = await this.watchers(tx, post.thread_id, post.community_id);
    const wanted = new Map<string, NotificationType>();
    const offer = (userId: string, type: NotificationType) => {
      const current = wanted.get(userId);
      if (!current || PRIORITY.indexOf(type) < PRIORITY.indexOf(current)) wanted.set(userId, type);
    };
    for (const w of watchers) offer(w.user_id, w.source === 'thread' ? 'watched-thread' : 'watched-community');
    offer(post.recipient_of_reply, 'reply');
    for (const m of mentioned) offer(m.user_id, 'mention');

    const readers = await this.threadReaders(tx, [...wanted.keys()], post.thread_id, post.author_id);
    const muted = await this.mutedFor(tx, readers, post.thread_id, post.community_id, post.author_id);
    return readers
      .filter((id) => !muted.thread.has(id) && !(wanted.get(id) === 'mention' && muted.author.has(id)))
      .map((recipientId) => {
        const type = wanted.get(recipientId) as NotificationType;
        return { recipientId, type, groupKey: type === 'mention' ? null : `thread:${post.thread_id}:${type}`, actorId: post.author_id, threadId: post.thread_id, postId: data.postId };
      });
  }

  /** Watchers of the community hear of a new thread; its author starts watching it. */
  private async threadCreated(tx: EntityManager, data: RealtimeEventPayloads['thread.created']): Promise<NotificationDraft[]> {
    const [thread]: { author_id: string; hidden: boolean }[] = await tx.query('SELECT author_id, hidden FROM threads WHERE id = $1 AND deleted_at IS NULL', [data.threadId]);
    if (!thread) return [];
    await this.autoWatch(tx, thread.author_id, data.threadId, 'auto_watch_started');
    if (thread.hidden) return [];
    const watchers: { user_id: string }[] = await tx.query(
      `SELECT user_id FROM subscriptions WHERE target_type = 'community' AND target_id = $1 AND level = 'watching'`,
      [data.communityId],
    );
    const readers = await this.threadReaders(tx, watchers.map((w) => w.user_id), data.threadId, thread.author_id);
    return readers.map((recipientId) => ({ recipientId, type: 'watched-community', groupKey: `community:${data.communityId}:threads`, actorId: thread.author_id, threadId: data.threadId }));
  }

  /** A new time, place or title, or a cancellation: everyone who answered (but declined) hears of it. */
  private async eventChanged(tx: EntityManager, data: RealtimeEventPayloads['event.changed']): Promise<NotificationDraft[]> {
    if (data.change !== 'details' && data.change !== 'cancelled') return [];
    const answered: { user_id: string }[] = await tx.query(`SELECT user_id FROM event_rsvps WHERE event_id = $1 AND status <> 'declined'`, [data.eventId]);
    const type: NotificationType = data.change === 'cancelled' ? 'event-cancelled' : 'event-changed';
    return this.forEventRecipients(tx, data.eventId, answered.map((a) => a.user_id).filter((id) => id !== data.actorId), {
      type,
      groupKey: type === 'event-changed' ? `event:${data.eventId}:changed` : null,
      actorId: data.actorId,
      eventId: data.eventId,
    });
  }

  private async moderationNotice(tx: EntityManager, rooms: string[], data: RealtimeEventPayloads['moderation.notice']): Promise<NotificationDraft[]> {
    const recipients = await this.active(tx, userIds(rooms), null);
    const draft = (recipientId: string): NotificationDraft => ({ recipientId, type: 'moderation', groupKey: null, actorId: null, threadId: data.threadId, postId: data.postId, data: { kind: data.kind, reason: data.reason } });
    if (!data.threadId) return recipients.map(draft);
    // The author still reads their own hidden post, but not a private community they have left.
    const readers = await this.threadReaders(tx, recipients, data.threadId, null);
    return readers.map(draft);
  }

  private async forEventRecipients(tx: EntityManager, eventId: string, candidates: string[], draft: Omit<NotificationDraft, 'recipientId'>): Promise<NotificationDraft[]> {
    if (candidates.length === 0) return [];
    const rows: { id: string }[] = await tx.query(
      `SELECT u.id FROM users u JOIN events e ON e.id = $2 JOIN communities c ON c.id = e.community_id
         LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = u.id
        WHERE u.id = ANY($1::uuid[]) AND u.status = 'active'
          AND (c.visibility <> 'private' OR u.role IN ('admin', 'moderator') OR m.state = 'active')`,
      [candidates, eventId],
    );
    return rows.map((r) => ({ ...draft, recipientId: r.id }));
  }

  /** Of these people, the active ones who may read the thread now (never its author). */
  private async threadReaders(tx: EntityManager, candidates: string[], threadId: string, authorId: string | null): Promise<string[]> {
    const ids = candidates.filter((id) => id !== authorId);
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await tx.query(
      `SELECT u.id FROM users u JOIN threads t ON t.id = $2 JOIN communities c ON c.id = t.community_id
         LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = u.id
        WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND t.deleted_at IS NULL
          AND (c.visibility <> 'private' OR u.role IN ('admin', 'moderator') OR m.state = 'active')
          AND (NOT t.hidden OR t.author_id = u.id OR u.role IN ('admin', 'moderator') OR (m.state = 'active' AND m.role = 'moderator'))
        ORDER BY u.id`,
      [ids, threadId],
    );
    return rows.map((r) => r.id);
  }

  private async active(tx: EntityManager, candidates: string[], exceptId: string | null): Promise<string[]> {
    const ids = candidates.filter((id) => id !== exceptId);
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await tx.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND status = 'active' ORDER BY id`, [ids]);
    return rows.map((r) => r.id);
  }

  /** Watchers of the thread, and of its community unless they chose another level for the thread. */
  private watchers(tx: EntityManager, threadId: string, communityId: string): Promise<{ user_id: string; source: 'thread' | 'community' }[]> {
    return tx.query(
      `SELECT user_id, target_type AS source FROM subscriptions s
        WHERE level = 'watching' AND ((target_type = 'thread' AND target_id = $1)
           OR (target_type = 'community' AND target_id = $2
               AND NOT EXISTS (SELECT 1 FROM subscriptions x WHERE x.user_id = s.user_id AND x.target_type = 'thread' AND x.target_id = $1)))`,
      [threadId, communityId],
    );
  }

  /**
   * Who muted this thread (or its community, unless they watch or track the thread), and who
   * muted the author's mentions.
   */
  private async mutedFor(tx: EntityManager, recipients: string[], threadId: string, communityId: string, authorId: string): Promise<{ thread: Set<string>; author: Set<string> }> {
    if (recipients.length === 0) return { thread: new Set(), author: new Set() };
    const rows: { user_id: string; thread_muted: boolean; author_muted: boolean }[] = await tx.query(
      `SELECT u.id AS user_id,
              coalesce(ts.level = 'muted', cs.level = 'muted', false) AS thread_muted,
              coalesce($4::uuid = ANY(ns.muted_user_ids), false) AS author_muted
         FROM unnest($1::uuid[]) AS u(id)
         LEFT JOIN subscriptions ts ON ts.user_id = u.id AND ts.target_type = 'thread' AND ts.target_id = $2
         LEFT JOIN subscriptions cs ON cs.user_id = u.id AND cs.target_type = 'community' AND cs.target_id = $3
         LEFT JOIN notification_settings ns ON ns.user_id = u.id`,
      [recipients, threadId, communityId, authorId],
    );
    return { thread: new Set(rows.filter((r) => r.thread_muted).map((r) => r.user_id)), author: new Set(rows.filter((r) => r.author_muted).map((r) => r.user_id)) };
  }

  /** Watches a thread one started or replied to, when the setting is on and no level was chosen yet. */
  private async autoWatch(tx: EntityManager, userId: string, threadId: string, setting: 'auto_watch_started' | 'auto_watch_replied'): Promise<void> {
    await tx.query(
      `INSERT INTO subscriptions (user_id, target_type, target_id, level)
       SELECT $1, 'thread', $2, 'watching' WHERE coalesce((SELECT ${setting} FROM notification_settings WHERE user_id = $1), true)
       ON CONFLICT DO NOTHING`,
      [userId, threadId],
    );
  }
}

function userIds(rooms: string[]): string[] {
  return rooms.map(parseRoomName).flatMap((room) => (room?.type === 'user' ? [room.id] : []));
}
