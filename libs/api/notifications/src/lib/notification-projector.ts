import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RealtimeOutbox, TransactionRunner } from '@sce/api-core';
import { type RealtimeEventType, roomName } from '@sce/shared-contracts';
import type { EntityManager } from 'typeorm';
import { NotificationFanout, type OutboxEvent } from './notification-fanout';
import { type NotificationDraft, NotificationRepository } from './notification.repository';

const PROJECTOR_LOCK_KEY = 7_236_914_504;
const BATCH = 200;
const POLL_MS = 500;

/** The outbox events that can notify someone; everything else is skipped by the query. */
const NOTIFYING: RealtimeEventType[] = ['post.created', 'thread.created', 'event.changed', 'event.reminder', 'event.promoted', 'moderation.notice', 'practice.transfer', 'practice.evaluated'];

/**
 * Turns committed domain events into notifications. Reads the real-time outbox in position order
 * (the order events became visible) from a stored cursor; each batch's notifications, their live
 * announcements and the cursor's move commit together, so every event notifies exactly once even
 * with several instances (an advisory lock lets one in at a time).
 */
@Injectable()
export class NotificationProjector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(NotificationProjector.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly fanout: NotificationFanout,
    private readonly notifications: NotificationRepository,
    private readonly outbox: RealtimeOutbox,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run().catch((error: Error) => this.log.warn(`notifications: ${error.message}`)), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Projects everything numbered so far; returns how many events it read (0 when another instance holds the lock). */
  async run(): Promise<number> {
    // A run already going may have started before the caller's events: wait for it, then run again.
    while (this.running) await this.running.catch(() => 0);
    this.running = (async () => {
      let total = 0;
      for (;;) {
        const read = await this.batch();
        total += read;
        if (read < BATCH) return total;
      }
    })().finally(() => (this.running = null));
    return this.running;
  }

  private batch(): Promise<number> {
    return this.transactions.run(async (tx) => {
      const [lock]: { locked: boolean }[] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [PROJECTOR_LOCK_KEY]);
      if (!lock?.locked) return 0;
      const [cursor]: { position: string }[] = await tx.query('SELECT position FROM notification_cursor WHERE id = 1');
      const events: ProjectedEvent[] = await tx.query(
        `SELECT position, type, rooms, data, created_at FROM realtime_events
          WHERE position > $1 ORDER BY position LIMIT ${BATCH}`,
        [cursor?.position ?? '0'],
      );
      if (events.length === 0) return 0;
      const written: { id: string; recipientId: string }[] = [];
      for (const [index, event] of events.entries()) {
        if (!NOTIFYING.includes(event.type)) continue;
        written.push(...(await this.project(tx, event, index)));
      }
      await this.announce(tx, written);
      const last = events[events.length - 1]?.position ?? '0';
      await tx.query('INSERT INTO notification_cursor (id, position, updated_at) VALUES (1, $1, now()) ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, updated_at = now()', [last]);
      return events.length;
    });
  }

  /** One event, in a savepoint: an event that cannot be projected is logged and passed over, never blocks the ones after it. */
  private async project(tx: EntityManager, event: ProjectedEvent, index: number): Promise<{ id: string; recipientId: string }[]> {
    const savepoint = `notification_${index}`;
    await tx.query(`SAVEPOINT ${savepoint}`);
    try {
      const drafts = unique(await this.fanout.drafts(tx, event));
      const written = await this.notifications.write(tx, drafts, event.created_at);
      await tx.query(`RELEASE SAVEPOINT ${savepoint}`);
      return written;
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      this.log.error(`notifications for ${event.type} #${event.position} skipped: ${(error as Error).message}`);
      return [];
    }
  }

  /** Each recipient's badge, live: one event per person with their new unread count. */
  private async announce(tx: EntityManager, written: { id: string; recipientId: string }[]): Promise<void> {
    if (written.length === 0) return;
    const latest = new Map(written.map((w) => [w.recipientId, w.id]));
    const counts = await this.notifications.unreadCounts(tx, [...latest.keys()]);
    await this.outbox.publishMany(
      tx,
      'notification.created',
      [...latest].map(([recipientId, notificationId]) => ({ rooms: [roomName({ type: 'user', id: recipientId })], data: { notificationId, unreadCount: counts.get(recipientId) ?? 0 } })),
    );
  }
}

type ProjectedEvent = OutboxEvent & { position: string; created_at: Date };

/** One draft per recipient and group (the first wins), as the upsert needs. */
function unique(drafts: NotificationDraft[]): NotificationDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    if (d.groupKey === null) return true;
    const key = `${d.recipientId}|${d.groupKey}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
