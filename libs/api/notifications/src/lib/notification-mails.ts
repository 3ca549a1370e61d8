import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, Mailer, TransactionRunner, escapeHtml } from '@sce/api-core';
import type { NotificationView } from '@sce/shared-contracts';
import type { DataSource } from 'typeorm';
import { describe } from './notification-text';
import { type NotificationRow, VISIBLE_JOINS, VISIBLE_WHERE } from './notification.repository';
import { NotificationsService } from './notifications.service';
import { type UnsubscribeScope, signUnsubscribe } from './unsubscribe-token';

const MAIL_LOCK_KEY = 7_236_914_505;
const BATCH = 100;
/** A claim older than this was lost with its instance: the entry is mailed again. */
const SENDING_TIMEOUT = `interval '15 minutes'`;

/** How long one minute's run may keep sending batches. */
const TICK_BUDGET_MS = 45_000;

/**
 * Runs `batch` again while it still sends something and time is left; returns the total. A large
 * digest population goes out in one run instead of a hundred people a minute.
 */
export async function drain(batch: () => Promise<number>, until: number, now: () => number = Date.now): Promise<number> {
  let total = 0;
  while (now() < until) {
    const sent = await batch();
    if (sent === 0) break;
    total += sent;
  }
  return total;
}

interface Recipient {
  id: string;
  email: string;
  display_name: string;
}

/**
 * Notification mails. Every instance checks each minute; an advisory lock lets one in at a time
 * and entries are claimed (`sending`) in the transaction that picks them, so each is mailed once.
 * An entry read in the app before its mail is due is not mailed (reading marks it `skipped`).
 */
@Injectable()
export class NotificationMails implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(NotificationMails.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly mailer: Mailer,
    private readonly notifications: NotificationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Each minute: batches until nothing is left to send or most of the minute has passed. */
  private async tick(): Promise<void> {
    const until = Date.now() + TICK_BUDGET_MS;
    await drain(() => this.sendDue(), until).catch((error: Error) => this.log.warn(`notification mails: ${error.message}`));
    await drain(() => this.sendDigests(), until).catch((error: Error) => this.log.warn(`digests: ${error.message}`));
  }

  /** Mails the entries whose "immediately" delay has passed; returns how many mails went out. */
  async sendDue(): Promise<number> {
    const claimed = await this.claim(
      `SELECT id FROM notifications
        WHERE (mail_state = 'immediate' AND mail_due_at <= now()) OR (mail_state = 'sending' AND mail_due_at < now() - ${SENDING_TIMEOUT})
        ORDER BY mail_due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      [],
    );
    let sent = 0;
    for (const [recipient, rows] of claimed) {
      for (const view of await this.notifications.viewsFor(rows)) {
        const ok = await this.deliver(recipient, [view.id], view.type, describe(view), this.singleBody(recipient, view));
        if (ok) sent++;
      }
    }
    return sent;
  }

  /**
   * Sends each person with entries waiting for the digest their daily digest, once per day from
   * the digest hour; returns how many digests went out.
   */
  async sendDigests(now = new Date()): Promise<number> {
    const since = lastDigestMoment(now, this.config.digestHourUtc);
    const due: { recipient_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.recipient_id FROM notifications n LEFT JOIN notification_settings s ON s.user_id = n.recipient_id
        WHERE n.mail_state = 'digest' AND (s.last_digest_at IS NULL OR s.last_digest_at < $1) LIMIT ${BATCH}`,
      [since],
    );
    let sent = 0;
    for (const { recipient_id } of due) {
      const claimed = await this.claim(
        `SELECT id FROM notifications WHERE recipient_id = $1 AND mail_state = 'digest' FOR UPDATE SKIP LOCKED`,
        [recipient_id],
        `UPDATE notification_settings SET last_digest_at = now() WHERE user_id = $1 AND (last_digest_at IS NULL OR last_digest_at < $2) RETURNING user_id`,
        [recipient_id, since],
      );
      for (const [recipient, rows] of claimed) {
        const views = await this.notifications.viewsFor(rows);
        if (views.length === 0) continue;
        const ok = await this.deliver(recipient, views.map((v) => v.id), 'digest', digestSubject(views), this.digestBody(recipient, views));
        if (ok) sent++;
      }
    }
    return sent;
  }

  /**
   * Claims entries (state `sending`) under the job's lock and returns those still unread and
   * readable by their recipient, by recipient; the others are marked skipped. `gate`, when given,
   * must return a row for the claim to go ahead (a digest not sent yet today).
   */
  private async claim(select: string, params: unknown[], gate?: string, gateParams?: unknown[]): Promise<Map<Recipient, NotificationRow[]>> {
    const ids = await this.transactions.run(async (tx) => {
      const [lock]: { locked: boolean }[] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [MAIL_LOCK_KEY]);
      if (!lock?.locked) return [];
      if (gate && ((await tx.query(gate, gateParams)) as unknown[]).length === 0) return [];
      const picked: { id: string }[] = await tx.query(select, params);
      if (picked.length === 0) return [];
      const pickedIds = picked.map((p) => p.id);
      await tx.query(`UPDATE notifications SET mail_state = 'sending', mail_due_at = now() WHERE id = ANY($1::uuid[])`, [pickedIds]);
      return pickedIds;
    });
    if (ids.length === 0) return new Map();
    const rows: (NotificationRow & { recipient_id: string; email: string; display_name: string })[] = await this.dataSource.query(
      `SELECT n.id, n.type, n.count, n.actor_ids, n.thread_id, t.title AS thread_title, n.post_id,
              c.id AS community_id, c.slug AS community_slug, c.name AS community_name,
              n.event_id, e.title AS event_title, e.starts_at AS event_starts_at, n.practice_id, pr.title AS practice_title,
              n.data, n.created_at, n.updated_at, n.updated_at::text AS updated_key, n.read_at, n.recipient_id, u.email, u.display_name
         FROM notifications n ${VISIBLE_JOINS}
        WHERE n.id = ANY($1::uuid[]) AND n.read_at IS NULL AND u.status = 'active' AND ${VISIBLE_WHERE}
        ORDER BY n.updated_at DESC`,
      [ids],
    );
    const kept = new Set(rows.map((r) => r.id));
    const dropped = ids.filter((id) => !kept.has(id));
    if (dropped.length > 0) await this.dataSource.query(`UPDATE notifications SET mail_state = 'skipped' WHERE id = ANY($1::uuid[])`, [dropped]);
    const byRecipient = new Map<string, { recipient: Recipient; rows: NotificationRow[] }>();
    for (const row of rows) {
      const entry = byRecipient.get(row.recipient_id) ?? { recipient: { id: row.recipient_id, email: row.email, display_name: row.display_name }, rows: [] };
      entry.rows.push(row);
      byRecipient.set(row.recipient_id, entry);
    }
    return new Map([...byRecipient.values()].map((e) => [e.recipient, e.rows]));
  }

  private async deliver(recipient: Recipient, ids: string[], scope: UnsubscribeScope, subject: string, body: (unsubscribeUrl: string) => { text: string; html: string }): Promise<boolean> {
    const unsubscribeUrl = `${this.config.publicUrl}/api/unsubscribe?token=${signUnsubscribe(this.config.secrets.cookie, recipient.id, scope)}`;
    try {
      await this.mailer.send({
        to: recipient.email,
        subject,
        ...body(unsubscribeUrl),
        headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      await this.dataSource.query(`UPDATE notifications SET mail_state = 'sent' WHERE id = ANY($1::uuid[]) AND mail_state = 'sending'`, [ids]);
      return true;
    } catch (error) {
      this.log.warn(`mail to ${recipient.id} failed, retrying later: ${(error as Error).message}`);
      await this.dataSource.query(
        `UPDATE notifications SET mail_state = $2, mail_due_at = now() + interval '5 minutes' WHERE id = ANY($1::uuid[]) AND mail_state = 'sending'`,
        [ids, scope === 'digest' ? 'digest' : 'immediate'],
      );
      return false;
    }
  }

  private singleBody(recipient: Recipient, view: NotificationView) {
    return (unsubscribeUrl: string) => {
      const url = `${this.config.publicUrl}${view.link}`;
      const sentence = describe(view);
      const text = [`Hello ${recipient.display_name},`, '', `${sentence}.`, '', `Open it: ${url}`, '', footerText(unsubscribeUrl)].join('\n');
      const html = [
        `<p>Hello ${escapeHtml(recipient.display_name)},</p>`,
        `<p>${escapeHtml(sentence)}.</p>`,
        `<p><a href="${escapeHtml(url)}">Open it</a></p>`,
        footerHtml(unsubscribeUrl, this.config.publicUrl),
      ].join('\n');
      return { text, html };
    };
  }

  /** Grouped by community, then by thread (or event or practice), newest first. */
  private digestBody(recipient: Recipient, views: NotificationView[]) {
    return (unsubscribeUrl: string) => {
      const groups = groupForDigest(views);
      const text = [`Hello ${recipient.display_name},`, '', 'Here is what happened since your last digest.', ''];
      const html = [`<p>Hello ${escapeHtml(recipient.display_name)},</p>`, '<p>Here is what happened since your last digest.</p>'];
      for (const group of groups) {
        text.push(`== ${group.heading} ==`);
        html.push(`<h2 style="font-size:1.1em">${escapeHtml(group.heading)}</h2>`, '<ul>');
        for (const view of group.views) {
          const url = `${this.config.publicUrl}${view.link}`;
          text.push(`- ${describe(view)}: ${url}`);
          html.push(`<li><a href="${escapeHtml(url)}">${escapeHtml(describe(view))}</a></li>`);
        }
        text.push('');
        html.push('</ul>');
      }
      text.push(footerText(unsubscribeUrl));
      html.push(footerHtml(unsubscribeUrl, this.config.publicUrl));
      return { text: text.join('\n'), html: html.join('\n') };
    };
  }
}

/** The latest digest hour that has passed (today's or yesterday's). */
export function lastDigestMoment(now: Date, hourUtc: number): Date {
  const moment = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (moment > now) moment.setUTCDate(moment.getUTCDate() - 1);
  return moment;
}

export function digestSubject(views: NotificationView[]): string {
  const communities = [...new Set(views.map((v) => v.community?.name).filter((n): n is string => Boolean(n)))];
  const updates = views.reduce((sum, v) => sum + v.count, 0);
  const where = communities.length === 0 ? '' : communities.length <= 2 ? ` in ${communities.join(' and ')}` : ` in ${communities[0]} and ${communities.length - 1} more communities`;
  return `Your daily digest: ${updates} ${updates === 1 ? 'update' : 'updates'}${where}`;
}

/** Sections per community (then "Your organisation's practices", "Other"), each newest first. */
export function groupForDigest(views: NotificationView[]): { heading: string; views: NotificationView[] }[] {
  const sections = new Map<string, { heading: string; views: NotificationView[]; newest: string }>();
  for (const view of views) {
    const heading = view.community?.name ?? (view.practice ? 'Your organisation’s practices' : 'Other');
    const section = sections.get(heading) ?? { heading, views: [], newest: view.updatedAt };
    section.views.push(view);
    if (view.updatedAt > section.newest) section.newest = view.updatedAt;
    sections.set(heading, section);
  }
  const byThread = (v: NotificationView) => v.thread?.id ?? v.event?.id ?? v.practice?.id ?? v.id;
  return [...sections.values()]
    .sort((a, b) => b.newest.localeCompare(a.newest))
    .map((s) => {
      const newestOf = new Map<string, string>();
      for (const v of s.views) if ((newestOf.get(byThread(v)) ?? '') < v.updatedAt) newestOf.set(byThread(v), v.updatedAt);
      const sorted = [...s.views].sort((a, b) => (newestOf.get(byThread(b)) as string).localeCompare(newestOf.get(byThread(a)) as string) || b.updatedAt.localeCompare(a.updatedAt));
      return { heading: s.heading, views: sorted };
    });
}

function footerText(unsubscribeUrl: string): string {
  return `--\nSmart Cities Exchange. You get this mail because you chose to in Settings → Notifications.\nUnsubscribe with one click: ${unsubscribeUrl}`;
}

function footerHtml(unsubscribeUrl: string, publicUrl: string): string {
  return `<p style="color:#555;font-size:0.9em">Smart Cities Exchange. You get this mail because you chose to in <a href="${escapeHtml(`${publicUrl}/settings/notifications`)}">Settings → Notifications</a>. <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a> with one click.</p>`;
}

