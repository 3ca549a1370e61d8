import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RealtimeOutbox, TransactionRunner } from '@sce/api-core';
import { roomName } from '@sce/shared-contracts';

/** Reminders go out this long before an event starts. */
export const REMINDER_LEAD_HOURS = 24;
const REMINDER_LOCK_KEY = 7_236_914_503;
const BATCH = 500;

/**
 * Reminds everyone going to an event that starts within a day, once. Every instance runs the job
 * each minute; an advisory lock lets one at a time in, and each reminder is claimed by setting
 * `reminded_at` in the transaction that announces it, so none is sent twice or lost.
 */
@Injectable()
export class EventReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(EventReminders.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: RealtimeOutbox,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run().catch((error: Error) => this.log.warn(`event reminders: ${error.message}`)), 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends what is due; returns how many reminders went out (0 when another instance holds the lock). */
  async run(): Promise<number> {
    return this.transactions.run(async (tx) => {
      const [lock]: { locked: boolean }[] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [REMINDER_LOCK_KEY]);
      if (!lock?.locked) return 0;
      const [due]: [{ event_id: string; user_id: string; title: string; starts_at: Date }[], number] = await tx.query(
        `WITH due AS (
           SELECT r.event_id, r.user_id, e.title, e.starts_at FROM event_rsvps r JOIN events e ON e.id = r.event_id
            WHERE r.status = 'going' AND r.reminded_at IS NULL AND e.status = 'scheduled'
              AND e.starts_at > now() AND e.starts_at <= now() + make_interval(hours => $1)
            ORDER BY e.starts_at LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED)
         UPDATE event_rsvps r SET reminded_at = now() FROM due WHERE r.event_id = due.event_id AND r.user_id = due.user_id
         RETURNING due.event_id, due.user_id, due.title, due.starts_at`,
        [REMINDER_LEAD_HOURS],
      );
      for (const row of due) {
        await this.outbox.publish(tx, 'event.reminder', [roomName({ type: 'user', id: row.user_id })], { eventId: row.event_id, title: row.title, startsAt: row.starts_at.toISOString() });
      }
      return due.length;
    });
  }
}
