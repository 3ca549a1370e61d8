import { Injectable, Logger } from '@nestjs/common';
import { withSchemaLock } from '@sce/api-core';
import { DataSource, type EntityManager } from 'typeorm';

export const SCALE_COMMUNITY_SLUG = 'scale-test';

/** What one unit of scale adds (the benchmark data set). */
export const SCALE_SHAPE = { threads: 1000, bigThreadReplies: 2000, posts: 100_000, authors: 50 };

/**
 * Adds a large, clearly labelled sample data set for benchmarks: one community with `threads`
 * threads, one of them with `bigThreadReplies` replies in chains five deep, and `posts` posts in
 * all, written by generated authors and the demo accounts. Rows are made in SQL with
 * generate_series (seconds, not minutes), counters included. Run once per database.
 */
@Injectable()
export class ScaleDataService {
  private readonly logger = new Logger(ScaleDataService.name);

  constructor(private readonly dataSource: DataSource) {}

  async seed(factor = 1): Promise<{ threads: number; posts: number }> {
    const threads = SCALE_SHAPE.threads * factor;
    const bigReplies = SCALE_SHAPE.bigThreadReplies;
    const perThread = Math.floor((SCALE_SHAPE.posts * factor - bigReplies) / (threads - 1));
    return withSchemaLock(this.dataSource, () =>
      this.dataSource.transaction(async (tx) => {
        const [{ exists }] = (await tx.query('SELECT EXISTS (SELECT 1 FROM communities WHERE slug = $1) AS "exists"', [SCALE_COMMUNITY_SLUG])) as [{ exists: boolean }];
        if (exists) throw new Error(`The scale data is already there (community "${SCALE_COMMUNITY_SLUG}"). Start from a fresh database to seed it again.`);
        await this.people(tx);
        await this.threads(tx, threads);
        await this.posts(tx, bigReplies, perThread);
        await this.counters(tx);
        const [{ count }] = (await tx.query(`SELECT count(*)::int AS count FROM posts p JOIN threads t ON t.id = p.thread_id JOIN communities c ON c.id = t.community_id WHERE c.slug = $1`, [SCALE_COMMUNITY_SLUG])) as [{ count: number }];
        this.logger.log(`Scale data: ${threads} threads, ${count} posts in /communities/${SCALE_COMMUNITY_SLUG}`);
        return { threads, posts: count };
      }),
    );
  }

  private async people(tx: EntityManager): Promise<void> {
    const [{ id: organisationId }] = (await tx.query(
      `INSERT INTO organisations (name, kind, country, city, website) VALUES ('Scale Test Municipality (sample data)', 'municipality', 'NL', 'Testdorp', NULL) RETURNING id`,
    )) as [{ id: string }];
    // Generated authors cannot sign in: no password.
    await tx.query(
      `INSERT INTO users (email, display_name, organisation_id, status, email_verified_at)
       SELECT 'scale-author-' || n || '@example.org', 'Scale Author ' || n, $1, 'active', now() FROM generate_series(1, $2) AS n`,
      [organisationId, SCALE_SHAPE.authors],
    );
    await tx.query(
      `INSERT INTO communities (slug, name, description, visibility, join_policy)
       VALUES ($1, 'Scale test (sample data)', 'Generated threads and replies for benchmarks. Not real discussions.', 'public', 'open')`,
      [SCALE_COMMUNITY_SLUG],
    );
    // Every generated author and every active demo account is a member.
    await tx.query(
      `INSERT INTO memberships (community_id, user_id, role, state)
       SELECT c.id, u.id, 'member', 'active' FROM communities c, users u
       WHERE c.slug = $1 AND u.status = 'active' AND (u.email LIKE 'scale-author-%' OR u.password_hash IS NOT NULL)`,
      [SCALE_COMMUNITY_SLUG],
    );
  }

  private async threads(tx: EntityManager, count: number): Promise<void> {
    await tx.query(
      `WITH authors AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'scale-author-%')
       INSERT INTO threads (community_id, author_id, kind, title, body_md, body_html, tags, language, created_at, last_activity_at)
       SELECT c.id, a.ids[1 + n % array_length(a.ids, 1)],
              (ARRAY['discussion', 'question', 'practice', 'discussion'])[1 + n % 4],
              CASE WHEN n = 1 THEN 'The big thread: 2,000 replies about e-service volumes (sample data)' ELSE 'Scale test thread ' || n || ' (sample data)' END,
              'Generated thread ' || n || ' for benchmarks.', '<p>Generated thread ' || n || ' for benchmarks.</p>' || chr(10),
              ARRAY[(ARRAY['permits', 'open data', 'digital identity', 'mobility'])[1 + n % 4]], 'en',
              now() - interval '365 days' + (n || ' minutes')::interval, now() - interval '365 days' + (n || ' minutes')::interval
       FROM generate_series(1, $2) AS n, communities c, authors a WHERE c.slug = $1`,
      [SCALE_COMMUNITY_SLUG, count],
    );
  }

  /**
   * The big thread gets `bigReplies` posts in chains five deep; every other thread `perThread`
   * posts in pairs (a reply and a reply to it). Ids are derived from (thread, number) so parents
   * can be named in the same statement; paths follow the tree.
   */
  private async posts(tx: EntityManager, bigReplies: number, perThread: number): Promise<void> {
    const insert = (where: string, count: string, parentOf: string, depth: string, path: string) => `
      WITH authors AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'scale-author-%'),
           target AS (SELECT t.id, t.created_at FROM threads t JOIN communities c ON c.id = t.community_id WHERE c.slug = $1 AND ${where})
      INSERT INTO posts (id, thread_id, parent_id, author_id, depth, number, path, body_md, body_html, created_at)
      SELECT md5(t.id::text || '/' || n)::uuid, t.id,
             CASE WHEN ${parentOf} THEN md5(t.id::text || '/' || (n - 1))::uuid END,
             a.ids[1 + (n * 7) % array_length(a.ids, 1)], ${depth}, n, ${path},
             'Generated reply ' || n || ' with a little **Markdown**.', '<p>Generated reply ' || n || ' with a little <strong>Markdown</strong>.</p>' || chr(10),
             t.created_at + (n || ' seconds')::interval
      FROM target t, authors a, generate_series(1, ${count}) AS n`;
    await tx.query(
      insert(
        "t.title LIKE 'The big thread%'",
        '$2::int',
        '(n - 1) % 5 <> 0',
        '1 + (n - 1) % 5',
        `(SELECT string_agg(lpad(m::text, 7, '0'), '/' ORDER BY m) FROM generate_series(n - (n - 1) % 5, n) AS m)`,
      ),
      [SCALE_COMMUNITY_SLUG, bigReplies],
    );
    await tx.query(
      insert("t.title NOT LIKE 'The big thread%'", '$2::int', 'n % 2 = 0', '2 - n % 2', `CASE WHEN n % 2 = 0 THEN lpad((n - 1)::text, 7, '0') || '/' ELSE '' END || lpad(n::text, 7, '0')`),
      [SCALE_COMMUNITY_SLUG, perThread],
    );
  }

  private async counters(tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE posts p SET child_count = 1
       FROM threads t JOIN communities c ON c.id = t.community_id
       WHERE c.slug = $1 AND p.thread_id = t.id AND EXISTS (SELECT 1 FROM posts child WHERE child.parent_id = p.id)`,
      [SCALE_COMMUNITY_SLUG],
    );
    await tx.query(
      `UPDATE threads t SET reply_count = s.count, post_seq = s.count, last_activity_at = s.last
       FROM (SELECT p.thread_id, count(*)::int AS count, max(p.created_at) AS last FROM posts p GROUP BY p.thread_id) s, communities c
       WHERE s.thread_id = t.id AND c.id = t.community_id AND c.slug = $1`,
      [SCALE_COMMUNITY_SLUG],
    );
    await tx.query(
      `UPDATE communities c SET thread_count = (SELECT count(*) FROM threads WHERE community_id = c.id),
              member_count = (SELECT count(*) FROM memberships WHERE community_id = c.id AND state = 'active'),
              last_activity_at = (SELECT max(last_activity_at) FROM threads WHERE community_id = c.id)
       WHERE c.slug = $1`,
      [SCALE_COMMUNITY_SLUG],
    );
    await tx.query('ANALYZE posts; ANALYZE threads; ANALYZE memberships;');
  }
}
