import type { EntityManager } from 'typeorm';

interface ReplyRow {
  id: string;
  thread_id: string;
  author_id: string;
  recipient_id: string;
  created_at: Date;
}

/**
 * Notifications as the sample network's activity would have left them: authors watch their
 * threads, replies to someone's post or thread are grouped per thread, mentions stand alone,
 * and transfers of a practice reach its organisation. Each person's three newest entries are
 * unread; the rest were read. The sample member also gets a daily digest of replies.
 */
export async function seedNotifications(manager: EntityManager, memberId: string): Promise<number> {
  await manager.query(
    `INSERT INTO subscriptions (user_id, target_type, target_id, level)
     SELECT author_id, 'thread', id, 'watching' FROM threads
     UNION SELECT author_id, 'thread', thread_id, 'watching' FROM posts WHERE approval = 'approved'
     ON CONFLICT DO NOTHING`,
  );
  const replies: ReplyRow[] = await manager.query(
    `SELECT p.id, p.thread_id, p.author_id, coalesce(parent.author_id, t.author_id) AS recipient_id, p.created_at
       FROM posts p JOIN threads t ON t.id = p.thread_id LEFT JOIN posts parent ON parent.id = p.parent_id
      WHERE p.approval = 'approved' AND NOT p.hidden AND p.deleted_at IS NULL AND coalesce(parent.author_id, t.author_id) <> p.author_id
      ORDER BY p.created_at`,
  );
  const groups = new Map<string, ReplyRow[]>();
  for (const r of replies) groups.set(`${r.recipient_id}|${r.thread_id}`, [...(groups.get(`${r.recipient_id}|${r.thread_id}`) ?? []), r]);
  for (const rows of groups.values()) {
    const first = rows[0] as ReplyRow;
    const last = rows[rows.length - 1] as ReplyRow;
    const actors = [...new Set(rows.map((r) => r.author_id).reverse())].slice(0, 3);
    await manager.query(
      `INSERT INTO notifications (recipient_id, type, group_key, count, actor_ids, thread_id, post_id, created_at, updated_at)
       VALUES ($1, 'reply', $2, $3, $4, $5, $6, $7, $8)`,
      [first.recipient_id, `thread:${first.thread_id}:reply`, rows.length, actors, first.thread_id, first.id, first.created_at, last.created_at],
    );
  }
  await manager.query(
    `INSERT INTO notifications (recipient_id, type, actor_ids, thread_id, post_id, created_at, updated_at)
     SELECT m.user_id, 'mention', ARRAY[p.author_id], p.thread_id, p.id, p.created_at, p.created_at
       FROM post_mentions m JOIN posts p ON p.id = m.post_id WHERE m.user_id <> p.author_id AND p.approval = 'approved'`,
  );
  await manager.query(
    `INSERT INTO notifications (recipient_id, type, actor_ids, practice_id, data, created_at, updated_at)
     SELECT u.id, 'practice-transfer', ARRAY[s.changed_by], t.practice_id, jsonb_build_object('stage', s.stage, 'organisation', o.name), s.changed_at, s.changed_at
       FROM practice_transfer_stages s JOIN practice_transfers t ON t.id = s.transfer_id JOIN practices pr ON pr.id = t.practice_id
       JOIN organisations o ON o.id = t.to_organisation_id JOIN users u ON u.organisation_id = pr.organisation_id AND u.status = 'active'`,
  );
  await manager.query(
    `UPDATE notifications n SET read_at = n.updated_at + interval '1 hour'
       FROM (SELECT id, row_number() OVER (PARTITION BY recipient_id ORDER BY updated_at DESC) AS rank FROM notifications) r
      WHERE r.id = n.id AND r.rank > 3`,
  );
  await manager.query(`INSERT INTO notification_settings (user_id, email) VALUES ($1, '{"reply": "daily", "mention": "daily"}') ON CONFLICT DO NOTHING`, [memberId]);
  const [{ count }]: { count: number }[] = await manager.query('SELECT count(*)::int AS count FROM notifications');
  return count;
}
