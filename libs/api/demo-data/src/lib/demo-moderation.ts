import type { EntityManager } from 'typeorm';

type UserId = (key: string) => string;

/**
 * The moderation queue and audit trail as a few weeks of the sample network would have left
 * them: two open flags (a reply and a document), one flag a moderator dismissed with an internal
 * note, and audit entries for that decision and for pinning the research thread.
 */
export async function seedModeration(manager: EntityManager, user: UserId, now: number): Promise<number> {
  const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000);
  const [reply]: { id: string; community_id: string }[] = await manager.query(
    `SELECT p.id, t.community_id FROM posts p JOIN threads t ON t.id = p.thread_id
      WHERE t.title = 'Practice: one shared API gateway for 64 municipalities' AND p.body_md LIKE 'How is the platform funded%'`,
  );
  const [document]: { id: string; community_id: string }[] = await manager.query(`SELECT id, community_id FROM documents WHERE title = 'Partner contact list template (sample)'`);
  const [research]: { id: string; community_id: string }[] = await manager.query(
    `SELECT id, community_id FROM threads WHERE title LIKE 'Trust in European digital identity wallets:%'`,
  );
  if (!reply || !document || !research) throw new Error('demo moderation: a sample thread, reply or document is missing');

  const flag = async (values: {
    type: 'post' | 'document' | 'thread';
    target: { id: string; community_id: string };
    reporter: string;
    reason: string;
    note: string;
    at: Date;
    dismissedBy?: string;
    internalNote?: string;
  }): Promise<string> => {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO flags (target_type, target_id, community_id, reporter_id, reason, note, state, assignee_id, internal_note, resolved_by, resolved_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $10::timestamptz, $11::timestamptz, coalesce($10::timestamptz, $11::timestamptz)) RETURNING id`,
      [values.type, values.target.id, values.target.community_id, user(values.reporter), values.reason, values.note, values.dismissedBy ? 'dismissed' : 'open',
        values.dismissedBy ? user(values.dismissedBy) : null, values.internalNote ?? '', values.dismissedBy ? hoursAgo(20) : null, values.at],
    );
    return row!.id;
  };
  await flag({
    type: 'post', target: reply, reporter: 'lukas', reason: 'off_topic', at: hoursAgo(5),
    note: 'A fair question, but funding is covered on the practice page itself; could a moderator point there so the answer ends up in the catalogue? (Sample flag.)',
  });
  await flag({
    type: 'document', target: document, reporter: 'jonas', reason: 'privacy', at: hoursAgo(3),
    note: 'The example row looks like a real person’s name and email address. Please check before we share the template outside the group. (Sample flag.)',
  });
  const dismissed = await flag({
    type: 'thread', target: research, reporter: 'member', reason: 'other', at: hoursAgo(30), dismissedBy: 'moderator',
    note: 'Is the survey data published anywhere? (Sample flag.)',
    internalNote: 'Not a moderation matter: a question for the authors, answered in the thread. (Sample note.)',
  });

  const audit = [
    { actor: 'moderator', action: 'thread.moderated', type: 'thread', id: research.id, details: { pinned: true }, at: new Date(now - 19 * 86_400_000) },
    { actor: 'moderator', action: 'flag.updated', type: 'flag', id: dismissed, details: { state: 'dismissed', target: `thread:${research.id}` }, at: hoursAgo(20) },
  ];
  for (const entry of audit) {
    await manager.query('INSERT INTO audit_log (actor_id, action, target_type, target_id, details, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      user(entry.actor), entry.action, entry.type, entry.id, JSON.stringify(entry.details), entry.at,
    ]);
  }
  return 3;
}
