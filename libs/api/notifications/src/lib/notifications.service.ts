import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, DomainError, RealtimeOutbox, TransactionRunner, ValidationError, type Viewer, decodeCursor, keysetPage } from '@sce/api-core';
import { CommunitiesService } from '@sce/api-communities';
import { ThreadsService } from '@sce/api-threads';
import {
  type EmailFrequency,
  type MarkReadRequest,
  type NotificationListQuery,
  type NotificationPage,
  type NotificationSettings,
  type NotificationType,
  type NotificationView,
  type SubscriptionLevel,
  type SubscriptionTargetType,
  type SubscriptionView,
  type UnreadCount,
  type UnsubscribeResult,
  type UpdateNotificationSettingsRequest,
  notificationTypes,
  roomName,
} from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationSettingsEntity } from './notification-settings.entity';
import { toNotificationView } from './notification.mapper';
import { NotificationRepository, type NotificationRow } from './notification.repository';
import { verifyUnsubscribe } from './unsubscribe-token';

export class NotificationsError extends DomainError<'UNSUBSCRIBE_TOKEN_INVALID'> {}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly transactions: TransactionRunner,
    private readonly outbox: RealtimeOutbox,
    private readonly threads: ThreadsService,
    private readonly communities: CommunitiesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(viewer: Viewer, query: NotificationListQuery): Promise<NotificationPage> {
    const after = query.cursor ? (decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.notifications.page(viewer.id, { unreadOnly: query.unread, after, limit: query.limit + 1 });
    const names = await this.notifications.names([...new Set(rows.flatMap((r) => r.actor_ids))]);
    const page = keysetPage(rows, query.limit, (r) => [r.updated_key, r.id], (r) => toNotificationView(r, names));
    return { ...page, unreadCount: (await this.notifications.unreadCounts(null, [viewer.id])).get(viewer.id) ?? 0 };
  }

  async unreadCount(viewer: Viewer): Promise<UnreadCount> {
    return { unreadCount: (await this.notifications.unreadCounts(null, [viewer.id])).get(viewer.id) ?? 0 };
  }

  /** Marks read and tells the person's other tabs the new badge. */
  async markRead(viewer: Viewer, request: MarkReadRequest): Promise<UnreadCount> {
    return this.transactions.run(async (tx) => {
      const changed = await this.notifications.markRead(tx, viewer.id, 'all' in request ? 'all' : request.ids);
      const unreadCount = (await this.notifications.unreadCounts(tx, [viewer.id])).get(viewer.id) ?? 0;
      if (changed > 0) await this.outbox.publish(tx, 'notification.read', [roomName({ type: 'user', id: viewer.id })], { unreadCount });
      return { unreadCount };
    });
  }

  /** Views of chosen entries for mails, with the same visibility rule as the list. */
  async viewsFor(rows: NotificationRow[]): Promise<NotificationView[]> {
    const names = await this.notifications.names([...new Set(rows.flatMap((r) => r.actor_ids))]);
    return rows.map((r) => toNotificationView(r, names));
  }

  async subscription(viewer: Viewer, targetType: SubscriptionTargetType, targetId: string): Promise<SubscriptionView> {
    await this.checkReadable(viewer, targetType, targetId);
    const [row]: { level: Exclude<SubscriptionLevel, 'normal'> }[] = await this.dataSource.query('SELECT level FROM subscriptions WHERE user_id = $1 AND target_type = $2 AND target_id = $3', [viewer.id, targetType, targetId]);
    const level: SubscriptionLevel = row?.level ?? 'normal';
    return { targetType, targetId, level, unread: targetType === 'thread' && (level === 'watching' || level === 'tracking') ? await this.unreadPosts(viewer.id, targetId) : null };
  }

  async subscribe(viewer: Viewer, targetType: SubscriptionTargetType, targetId: string, level: SubscriptionLevel): Promise<SubscriptionView> {
    await this.checkReadable(viewer, targetType, targetId);
    if (level === 'normal') {
      await this.dataSource.query('DELETE FROM subscriptions WHERE user_id = $1 AND target_type = $2 AND target_id = $3', [viewer.id, targetType, targetId]);
    } else {
      await this.dataSource.query(
        `INSERT INTO subscriptions (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
        [viewer.id, targetType, targetId, level],
      );
    }
    return this.subscription(viewer, targetType, targetId);
  }

  async settings(viewer: Viewer): Promise<NotificationSettings> {
    const row = await this.dataSource.getRepository(NotificationSettingsEntity).findOne({ where: { userId: viewer.id } });
    const muted: { id: string; display_name: string }[] = row?.mutedUserIds.length
      ? await this.dataSource.query('SELECT id, display_name FROM users WHERE id = ANY($1::uuid[]) ORDER BY display_name', [row.mutedUserIds])
      : [];
    return {
      autoWatchStarted: row?.autoWatchStarted ?? true,
      autoWatchReplied: row?.autoWatchReplied ?? true,
      email: Object.fromEntries(notificationTypes.map((type) => [type, row?.email[type] ?? 'never'])) as Record<NotificationType, EmailFrequency>,
      mutedUsers: muted.map((m) => ({ id: m.id, displayName: m.display_name })),
    };
  }

  async updateSettings(viewer: Viewer, request: UpdateNotificationSettingsRequest): Promise<NotificationSettings> {
    await this.transactions.run(async (tx) => {
      const current = await tx.getRepository(NotificationSettingsEntity).findOne({ where: { userId: viewer.id }, lock: { mode: 'pessimistic_write' } });
      let mutedUserIds = current?.mutedUserIds ?? [];
      if (request.mutedUserIds !== undefined) {
        const wanted = [...new Set(request.mutedUserIds)].filter((id) => id !== viewer.id);
        const found: { id: string }[] = await tx.query('SELECT id FROM users WHERE id = ANY($1::uuid[])', [wanted]);
        if (found.length !== wanted.length) throw new ValidationError([{ field: 'body.mutedUserIds', message: 'names someone who does not exist' }]);
        mutedUserIds = wanted;
      }
      await tx.getRepository(NotificationSettingsEntity).save({
        userId: viewer.id,
        autoWatchStarted: request.autoWatchStarted ?? current?.autoWatchStarted ?? true,
        autoWatchReplied: request.autoWatchReplied ?? current?.autoWatchReplied ?? true,
        email: { ...(current?.email ?? {}), ...(request.email ?? {}) },
        mutedUserIds,
        lastDigestAt: current?.lastDigestAt ?? null,
        updatedAt: new Date(),
      });
      if (request.email) await this.settleMailStates(tx, viewer.id, request.email);
    });
    return this.settings(viewer);
  }

  /** One-click unsubscribe from a mail: the signed link says who and which mail. */
  async unsubscribe(token: string): Promise<UnsubscribeResult> {
    const verified = verifyUnsubscribe(this.config.secrets.cookie, token);
    if (!verified) throw new NotificationsError('UNSUBSCRIBE_TOKEN_INVALID', 400, 'This unsubscribe link is not valid. Change your mail choices in Settings → Notifications instead.');
    await this.transactions.run(async (tx) => {
      const current = await tx.getRepository(NotificationSettingsEntity).findOne({ where: { userId: verified.userId }, lock: { mode: 'pessimistic_write' } });
      if (!current) return;
      const email = { ...current.email };
      for (const type of notificationTypes) {
        if (verified.scope === 'digest' ? email[type] === 'daily' : type === verified.scope) email[type] = 'never';
      }
      await tx.getRepository(NotificationSettingsEntity).update({ userId: verified.userId }, { email, updatedAt: new Date() });
      await this.settleMailStates(tx, verified.userId, email);
    });
    return {
      unsubscribed: verified.scope,
      message: verified.scope === 'digest' ? 'You will no longer receive the daily digest.' : 'You will no longer receive these mails. Your in-app notifications are unchanged.',
    };
  }

  /** Entries still waiting for a mail follow a changed choice: "never" drops them from the queue. */
  private async settleMailStates(tx: EntityManager, userId: string, email: Partial<Record<NotificationType, EmailFrequency>>): Promise<void> {
    const never = notificationTypes.filter((t) => email[t] === 'never');
    if (never.length === 0) return;
    await tx.query(`UPDATE notifications SET mail_state = 'skipped' WHERE recipient_id = $1 AND mail_state IN ('immediate', 'digest') AND type = ANY($2::text[])`, [userId, never]);
  }

  private async checkReadable(viewer: Viewer, targetType: SubscriptionTargetType, targetId: string): Promise<void> {
    if (targetType === 'thread') await this.threads.access(viewer, targetId);
    else await this.communities.accessById(viewer, targetId);
  }

  private async unreadPosts(userId: string, threadId: string): Promise<number> {
    const [row]: { unread: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM posts p
        WHERE p.thread_id = $2 AND p.deleted_at IS NULL AND NOT p.hidden AND p.approval = 'approved' AND p.author_id <> $1
          AND p.created_at > coalesce((SELECT r.read_at FROM thread_reads r WHERE r.user_id = $1 AND r.thread_id = $2), '-infinity')`,
      [userId, threadId],
    );
    return row?.unread ?? 0;
  }
}
