import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunityReadScope } from '@sce/api-communities';
import { type CountryCode, type Language, type SearchType, languages } from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';

/** The configuration of each language, in the order of {@link languages}. */
const CONFIGS: Record<Language, string> = { en: 'sce_english', nl: 'sce_dutch', de: 'sce_german', da: 'sce_danish', sv: 'sce_swedish', nb: 'sce_norwegian' };

/**
 * At most this many matches of each type are ranked and counted: the most recent ones. A rare or
 * specific query stays under it (exact counts); a very common one is answered from its latest
 * matches instead of ranking hundreds of thousands of rows.
 */
export const CANDIDATES_PER_TYPE = 300;

/** Relevance decays towards 40% with age, halving its recency part about every four months. */
const RECENCY_SECONDS = 180 * 86_400;

/** What one search looks for, ready for SQL. */
export interface PreparedQuery {
  /** The query of each language (words or their stems), or null when it has nothing to look for. */
  byLanguage: Record<Language, string | null>;
  /**
   * What the GIN index is asked for: each word as itself or its stem in any of the six languages.
   * Null when there is nothing to look for.
   */
  any: string | null;
}

export interface SearchFilters {
  type?: SearchType;
  country?: CountryCode;
  authorId?: string;
  organisationId?: string;
  tag?: string;
  from: Date | null;
  to: Date | null;
}

export interface SearchScope {
  /** Communities whose content the viewer may read (narrowed to one by a community filter). */
  communityIds: string[];
  /** Whether the community filter is set: practices, which belong to no community, then drop out. */
  communityFiltered: boolean;
  /** The practices' visibility rule of the practices domain, as SQL over alias `pr`. */
  practicesVisible: string;
}

export interface Hit {
  type: SearchType;
  id: string;
  score: number;
}

export interface HitsPage {
  page: Hit[];
  facets: {
    type: { value: SearchType; count: number }[];
    community: { value: string; label: string; count: number }[];
    country: { value: CountryCode; count: number }[];
  };
  total: number;
}

export interface HitDetail {
  type: SearchType;
  id: string;
  title: string;
  /** ts_headline's passage, matches between U+E000 and U+E001; HTML source for HTML types. */
  headline: string;
  html: boolean;
  language: Language;
  date: Date;
  community_slug: string | null;
  community_name: string | null;
  author_id: string | null;
  author_name: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_country: CountryCode | null;
  thread_id: string | null;
  post_number: number | null;
  tags: string[];
}

/** Suggestions are ranked among this many matches of each kind (found in no particular order). */
const SUGGEST_CANDIDATES = 100;

export interface Suggestion {
  type: 'thread' | 'event' | 'document' | 'practice';
  id: string;
  title: string;
}

/** Collects SQL parameters ($1, $2...) in order. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** `%` and `_` match themselves in a LIKE pattern. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Marks around matched words; removed from the source first, so only ts_headline puts them there. */
export const MARK_START = '\uE000';
export const MARK_STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search in SQL (CONVENTIONS: raw SQL where it is clearer or faster, with a database
 * test: apps/api/src/integration/search.int-spec.ts).
 *
 * Each of threads, posts, events, documents and practices has `search_vector`: its words stemmed
 * in its own language and, alongside, the exact words, all unaccented (migration
 * AddFullTextSearch). A query is built once per language by `sce_search_query` (each word matches
 * itself or its stem in that language); a row matches the query of its own language, through the
 * GIN index. Titles also match by trigram similarity (typos, near-misses). Only what the viewer
 * may read takes part: readable communities, visible threads and posts, practices by their
 * visibility — in the counts as in the results. docs/search.md has the plans and figures.
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The per-language queries of `q` (none when it only excludes, e.g. `-word`, or holds no word),
   * and the communities the scope may read, narrowed to `communitySlug` when given.
   */
  async prepare(q: string, scope: CommunityReadScope, communitySlug: string | undefined): Promise<{ query: PreparedQuery; communityIds: string[] }> {
    const params = new Params();
    const text = params.add(q);
    const config = (l: Language) => `'${CONFIGS[l]}'::regconfig`;
    const queries = [...languages.map((l) => `sce_search_query(ARRAY[${config(l)}], ${text}) AS ${l}`), `sce_search_query(ARRAY[${languages.map(config).join(', ')}], ${text}) AS any`].join(', ');
    // A query an empty document satisfies only excludes: nothing to look up in the index.
    const usable = (column: string) => `CASE WHEN numnode(q.${column}) > 0 AND NOT ''::tsvector @@ q.${column} THEN q.${column}::text END AS ${column}`;
    const [row] = (await this.dataSource.query(
      `SELECT ${[...languages, 'any'].map(usable).join(', ')}, (${this.readableCommunitiesSql(params, scope, communitySlug)}) AS community_ids
       FROM (SELECT ${queries}) q`,
      params.values,
    )) as [Record<Language | 'any', string | null> & { community_ids: string[] }];
    const byLanguage = Object.fromEntries(languages.map((l) => [l, row[l]])) as Record<Language, string | null>;
    return { query: { byLanguage, any: row.any }, communityIds: row.community_ids };
  }

  /** The communities whose content the scope may read. */
  async readableCommunities(scope: CommunityReadScope): Promise<string[]> {
    const params = new Params();
    const [row] = (await this.dataSource.query(`SELECT (${this.readableCommunitiesSql(params, scope, undefined)}) AS community_ids`, params.values)) as [{ community_ids: string[] }];
    return row.community_ids;
  }

  /**
   * The ids of the communities the scope may read, as the communities domain decides
   * (`communityReadScope`: visibilities for everyone in the viewer's position, plus private
   * communities with an active membership), narrowed to one slug when given.
   */
  private readableCommunitiesSql(params: Params, scope: CommunityReadScope, slug: string | undefined): string {
    const readable = `c.visibility = ANY(${params.add(scope.visibilities, '::text[]')})`;
    const member = scope.memberId
      ? ` OR (c.visibility = 'private' AND EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.user_id = ${params.add(scope.memberId, '::uuid')} AND m.state = 'active'))`
      : '';
    const bySlug = slug === undefined ? '' : ` AND c.slug = ${params.add(slug)}`;
    return `SELECT coalesce(array_agg(c.id), '{}') FROM communities c WHERE (${readable}${member})${bySlug}`;
  }

  /**
   * Ranks the readable matches (at most {@link CANDIDATES_PER_TYPE} of each type, the latest),
   * counts them per type, community and country, and returns one keyset page ordered by score.
   * `trigram` is the text titles are compared with (null: no title similarity).
   */
  async hits(
    query: PreparedQuery,
    trigram: string | null,
    scope: SearchScope,
    filters: SearchFilters,
    asOf: Date,
    after: { score: number; id: string } | null,
    limit: number,
  ): Promise<HitsPage> {
    const { sql, params } = await this.hitsStatement(query, trigram, scope, filters, asOf, after, limit);
    const [row] = (await this.withGinPlans((tx) => tx.query(sql, params))) as [
      { type_facet: HitsPage['facets']['type']; community_facet: HitsPage['facets']['community']; country_facet: HitsPage['facets']['country']; total: number; page: Hit[] },
    ];
    return { page: row.page, facets: { type: row.type_facet, community: row.community_facet, country: row.country_facet }, total: row.total };
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of {@link hits}' statement, as it runs (tools/bench/search-explain.ts). */
  async explainHits(...args: Parameters<SearchRepository['hits']>): Promise<string> {
    const { sql, params } = await this.hitsStatement(...args);
    const rows = (await this.withGinPlans((tx) => tx.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params))) as { 'QUERY PLAN': string }[];
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  /**
   * Runs `work` with sequential scans ruled out. The planner does not count what it costs to read
   * a large tsvector (a document's runs to tens of kilobytes, stored out of line) to test it row by
   * row; the GIN index answers without reading it. Measured on the benchmark corpus: a common word
   * over 5,000 documents, 250 ms by sequential scan, 2 ms through the index.
   */
  private withGinPlans<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      return work(tx);
    });
  }

  /** The planner's estimate of the posts matching `query`, and of all posts. */
  private async estimatePosts(query: string): Promise<{ matches: number; posts: number }> {
    const [plan] = (await this.dataSource.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM posts WHERE search_vector @@ $1::tsquery`, [query])) as [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }];
    const [table] = (await this.dataSource.query(`SELECT greatest(reltuples, 0)::float8 AS posts FROM pg_class WHERE oid = 'posts'::regclass`)) as [{ posts: number }];
    return { matches: plan['QUERY PLAN'][0].Plan['Plan Rows'], posts: table.posts };
  }

  private async hitsStatement(
    query: PreparedQuery,
    trigram: string | null,
    scope: SearchScope,
    filters: SearchFilters,
    asOf: Date,
    after: { score: number; id: string } | null,
    limit: number,
  ): Promise<{ sql: string; params: unknown[] }> {
    const p = new Params();
    // The index is asked for the words in any language's form. A query that excludes words must
    // also hold in each item's own language (an excluded word has other stems in other languages):
    // that second test reads each candidate's vector, so it is made only then.
    const any = query.any === null ? null : p.add(query.any, '::tsquery');
    const excludes = query.any?.includes('!') ?? false;
    const byLanguage = excludes ? (Object.fromEntries(languages.map((l) => [l, query.byLanguage[l] === null ? 'NULL::tsquery' : p.add(query.byLanguage[l], '::tsquery')])) as Record<Language, string>) : null;
    /** The query of the row's own language. */
    const own = (alias: string) => `CASE ${alias}.language ${languages.map((l) => `WHEN '${l}' THEN ${byLanguage?.[l] ?? 'NULL::tsquery'}`).join(' ')} END`;
    const fts = (alias: string) => (any === null ? 'FALSE' : excludes ? `(${alias}.search_vector @@ ${any} AND ${alias}.search_vector @@ ${own(alias)})` : `${alias}.search_vector @@ ${any}`);
    const rank = (alias: string) => (any === null ? '0' : `coalesce(ts_rank(${alias}.search_vector, ${excludes ? own(alias) : any}, 1), 0)`);
    // Near-miss titles (trigram similarity) matter when the words themselves find little: a query
    // common enough to fill the candidates from posts leaves them out (comparing thousands of titles costs).
    const estimate = query.any === null ? null : await this.estimatePosts(query.any);
    const similar = trigram === null || (estimate !== null && estimate.matches >= CANDIDATES_PER_TYPE) ? null : p.add(trigram);
    const titleMatch = (column: string) => (similar === null ? 'FALSE' : `sce_unaccent(${column}) %> sce_unaccent(${similar})`);
    const titleScore = (column: string) => (similar === null ? '' : ` + 0.5 * word_similarity(sce_unaccent(${similar}), sce_unaccent(${column}))`);
    const at = p.add(asOf.toISOString(), '::timestamptz');
    const recency = (column: string) => `(0.4 + 0.6 * exp(-greatest(extract(epoch FROM ${at} - ${column}), 0) / ${RECENCY_SECONDS}.0))`;
    // Readable communities are compared as text: an index on community_id would otherwise tempt the
    // planner to read every row of the readable communities and test its search vector (see withGinPlans).
    const readable = p.add(scope.communityIds, '::text[]');
    const inReadable = (column: string) => `${column}::text = ANY(${readable})`;
    const cap = p.add(CANDIDATES_PER_TYPE, '::int');
    /** People and organisations are joined before the candidates are cut only when a filter needs them. */
    const byOrganisation = filters.country !== undefined || filters.organisationId !== undefined;

    /** Conditions every type shares: by whom, from which organisation or country, when. */
    const common = (author: string, organisation: string, date: string): string[] => {
      const c: string[] = [];
      if (filters.authorId) c.push(`${author} = ${p.add(filters.authorId, '::uuid')}`);
      if (filters.organisationId) c.push(`${organisation} = ${p.add(filters.organisationId, '::uuid')}`);
      if (filters.country) c.push(`o.country = ${p.add(filters.country)}`);
      if (filters.from) c.push(`${date} >= ${p.add(filters.from.toISOString(), '::timestamptz')}`);
      if (filters.to) c.push(`${date} <= ${p.add(filters.to.toISOString(), '::timestamptz')}`);
      return c;
    };
    const tag = (column: string) => (filters.tag ? [`${column} @> ARRAY[${p.add(filters.tag, '::text')}]`] : []);
    /**
     * One type's candidates: the latest {@link CANDIDATES_PER_TYPE} readable matches, scored (the
     * score is computed only for the rows the limit lets through), then their country.
     */
    // Posts: the latest matches of a common query are found by walking IDX_posts_created backwards,
    // testing each post (about CANDIDATES_PER_TYPE × posts ÷ matches of them), when that is fewer
    // than reading every match through the GIN index; otherwise (and for the smaller tables always)
    // the matches come through the GIN indexes and are sorted — `+ interval '0 seconds'` keeps the
    // planner from walking a date index. Measured on the 1,000,000-post corpus: 13,000 matches,
    // 110 ms through the index and 300 ms walking (500 candidates); 100,000 matches, 1.1 s and 20 ms.
    const walkPosts = estimate !== null && estimate.matches > Math.sqrt(CANDIDATES_PER_TYPE * estimate.posts);
    const branch = (b: { type: SearchType; alias: string; table: string; join?: string; community: string; author: string | null; organisation: string; title: string | null; date: string; where: string[] }) => {
      const order = b.type === 'post' && walkPosts ? b.date : `${b.date} + interval '0 seconds'`;
      const people = b.author === null ? `JOIN organisations o ON o.id = ${b.organisation}` : `JOIN users u ON u.id = ${b.author} JOIN organisations o ON o.id = u.organisation_id`;
      const match = b.title === null ? fts(b.alias) : `(${fts(b.alias)} OR ${titleMatch(b.title)})`;
      const score = `(${rank(b.alias)}${b.title === null ? '' : titleScore(b.title)}) * ${recency(b.date)}`;
      return `(SELECT '${b.type}'::text AS type, c.id, c.community_id, o.country, c.score FROM (
          SELECT ${b.alias}.id, ${b.community} AS community_id, ${b.author ?? b.organisation} AS by_id, ${score} AS score
          FROM ${b.table} ${b.alias} ${b.join ?? ''} ${byOrganisation ? people : ''}
          WHERE ${[match, ...b.where].join(' AND ')} ORDER BY ${order} DESC LIMIT ${cap}) c
        ${b.author === null ? 'JOIN organisations o ON o.id = c.by_id' : 'JOIN users u ON u.id = c.by_id JOIN organisations o ON o.id = u.organisation_id'})`;
    };

    const branches: string[] = [];
    branches.push(
      branch({
        type: 'thread', alias: 't', table: 'threads', community: 't.community_id', author: 't.author_id', organisation: 'u.organisation_id', title: 't.title', date: 't.last_activity_at',
        where: ['t.deleted_at IS NULL', 'NOT t.hidden', inReadable('t.community_id'), ...common('t.author_id', 'u.organisation_id', 't.last_activity_at'), ...tag('t.tags')],
      }),
    );
    if (any !== null) {
      branches.push(
        branch({
          type: 'post', alias: 'p', table: 'posts', join: 'JOIN threads t ON t.id = p.thread_id', community: 't.community_id', author: 'p.author_id', organisation: 'u.organisation_id', title: null, date: 'p.created_at',
          where: [
            'p.deleted_at IS NULL', 'NOT p.hidden', `p.approval = 'approved'`, 't.deleted_at IS NULL', 'NOT t.hidden', inReadable('t.community_id'),
            ...common('p.author_id', 'u.organisation_id', 'p.created_at'), ...tag('t.tags'),
          ],
        }),
      );
    }
    if (!filters.tag) {
      branches.push(
        branch({
          type: 'event', alias: 'e', table: 'events', community: 'e.community_id', author: 'e.organiser_id', organisation: 'u.organisation_id', title: 'e.title', date: 'e.starts_at',
          where: [inReadable('e.community_id'), ...common('e.organiser_id', 'u.organisation_id', 'e.starts_at')],
        }),
      );
    }
    branches.push(
      branch({
        type: 'document', alias: 'd', table: 'documents', community: 'd.community_id', author: 'd.owner_id', organisation: 'u.organisation_id', title: 'd.title', date: 'd.updated_at',
        where: ['d.deleted_at IS NULL', inReadable('d.community_id'), ...common('d.owner_id', 'u.organisation_id', 'd.updated_at'), ...tag('d.tags')],
      }),
    );
    if (!scope.communityFiltered && !filters.tag) {
      branches.push(
        branch({
          type: 'practice', alias: 'pr', table: 'practices', community: 'NULL::uuid', author: null, organisation: 'pr.organisation_id', title: 'pr.title', date: 'pr.updated_at',
          where: [scope.practicesVisible, ...common('pr.created_by', 'pr.organisation_id', 'pr.updated_at')],
        }),
      );
    }

    const typed = filters.type ? `WHERE h.type = ${p.add(filters.type)}` : '';
    const keyset = after ? `${typed ? `${typed} AND` : 'WHERE'} (h.score, h.id) < (${p.add(after.score, '::float8')}, ${p.add(after.id, '::uuid')})` : typed;
    return {
      sql: `WITH hits AS MATERIALIZED (${branches.join('\nUNION ALL\n')})
       SELECT
         (SELECT coalesce(json_agg(x), '[]') FROM (SELECT h.type AS value, count(*)::int AS count FROM hits h GROUP BY h.type ORDER BY count DESC, h.type) x) AS type_facet,
         (SELECT coalesce(json_agg(x), '[]') FROM (
            SELECT c.slug AS value, c.name AS label, count(*)::int AS count FROM hits h JOIN communities c ON c.id = h.community_id ${typed}
            GROUP BY c.slug, c.name ORDER BY count DESC, c.name LIMIT 50) x) AS community_facet,
         (SELECT coalesce(json_agg(x), '[]') FROM (SELECT h.country AS value, count(*)::int AS count FROM hits h ${typed} GROUP BY h.country ORDER BY count DESC, h.country) x) AS country_facet,
         (SELECT count(*)::int FROM hits h ${typed}) AS total,
         (SELECT coalesce(json_agg(x), '[]') FROM (SELECT h.type, h.id, h.score FROM hits h ${keyset} ORDER BY h.score DESC, h.id DESC LIMIT ${p.add(limit, '::int')}) x) AS page`,
      params: p.values,
    };
  }

  /** What a page of hits shows: titles, authors, places and the passage that matched. */
  async details(query: PreparedQuery, hits: Hit[]): Promise<HitDetail[]> {
    if (hits.length === 0) return [];
    const p = new Params();
    const byLanguage = Object.fromEntries(languages.map((l) => [l, query.byLanguage[l] === null ? 'NULL::tsquery' : p.add(query.byLanguage[l], '::tsquery')])) as Record<Language, string>;
    const own = (alias: string) => `CASE ${alias}.language ${languages.map((l) => `WHEN '${l}' THEN ${byLanguage[l]}`).join(' ')} END`;
    // Every branch names its columns: any of them may come first in the UNION.
    // Plain text for ts_headline: tags out of HTML, and never our markers.
    const plain = (source: string, html: boolean) => `translate(${html ? `regexp_replace(${source}, '<[^>]*>', ' ', 'g')` : source}, '${MARK_START}${MARK_STOP}', '')`;
    const headline = (alias: string, source: string, html: boolean) =>
      `coalesce(ts_headline(sce_search_config(${alias}.language), ${plain(source, html)}, coalesce(${own(alias)}, ''::tsquery), ${p.add(HEADLINE_OPTIONS)}), '')`;
    const ids = (type: SearchType) => p.add(hits.filter((h) => h.type === type).map((h) => h.id), '::uuid[]');
    const person = (column: string) => `JOIN users u ON u.id = ${column} JOIN organisations o ON o.id = u.organisation_id`;
    const people = 'u.id AS author_id, u.display_name AS author_name, o.id AS organisation_id, o.name AS organisation_name, o.country AS organisation_country';
    const parts: string[] = [];
    const has = (type: SearchType) => hits.some((h) => h.type === type);
    if (has('thread')) {
      parts.push(`SELECT 'thread' AS type, t.id, t.title, ${headline('t', `coalesce(t.research ->> 'abstract', '') || ' ' || t.body_html`, true)} AS headline, true AS html, t.language,
          t.last_activity_at AS date, c.slug AS community_slug, c.name AS community_name, ${people}, NULL::uuid AS thread_id, NULL::int AS post_number, t.tags
        FROM threads t JOIN communities c ON c.id = t.community_id ${person('t.author_id')} WHERE t.id = ANY(${ids('thread')})`);
    }
    if (has('post')) {
      parts.push(`SELECT 'post' AS type, p.id, t.title, ${headline('p', 'p.body_html', true)} AS headline, true AS html, p.language,
          p.created_at AS date, c.slug AS community_slug, c.name AS community_name, ${people}, t.id AS thread_id, p.number AS post_number, t.tags
        FROM posts p JOIN threads t ON t.id = p.thread_id JOIN communities c ON c.id = t.community_id ${person('p.author_id')} WHERE p.id = ANY(${ids('post')})`);
    }
    if (has('event')) {
      parts.push(`SELECT 'event' AS type, e.id, e.title, ${headline('e', `e.description_html || ' ' || e.agenda_html`, true)} AS headline, true AS html, e.language,
          e.starts_at AS date, c.slug AS community_slug, c.name AS community_name, ${people}, NULL::uuid AS thread_id, NULL::int AS post_number, '{}'::text[] AS tags
        FROM events e JOIN communities c ON c.id = e.community_id ${person('e.organiser_id')} WHERE e.id = ANY(${ids('event')})`);
    }
    if (has('document')) {
      parts.push(`SELECT 'document' AS type, d.id, d.title, ${headline('d', `d.description || ' ' || left(coalesce(d.content_text, ''), 20000)`, false)} AS headline, false AS html, d.language,
          d.updated_at AS date, c.slug AS community_slug, c.name AS community_name, ${people}, NULL::uuid AS thread_id, NULL::int AS post_number, d.tags
        FROM documents d JOIN communities c ON c.id = d.community_id ${person('d.owner_id')} WHERE d.id = ANY(${ids('document')})`);
    }
    if (has('practice')) {
      parts.push(`SELECT 'practice' AS type, pr.id, pr.title, ${headline('pr', `pr.summary || ' ' || pr.problem || ' ' || pr.solution`, false)} AS headline, false AS html, pr.language,
          pr.updated_at AS date, NULL::text AS community_slug, NULL::text AS community_name, ${people}, NULL::uuid AS thread_id, NULL::int AS post_number, '{}'::text[] AS tags
        FROM practices pr JOIN users u ON u.id = pr.created_by JOIN organisations o ON o.id = pr.organisation_id WHERE pr.id = ANY(${ids('practice')})`);
    }
    return this.dataSource.query(parts.join('\nUNION ALL\n'), p.values);
  }

  /** Titles of readable threads, events, documents and practices that start with, contain or resemble `q`. */
  async suggestTitles(q: string, scope: Omit<SearchScope, 'communityFiltered'>, limit: number): Promise<Suggestion[]> {
    const p = new Params();
    const { match, order } = this.nameMatch(p, q);
    const communities = p.add(scope.communityIds, '::uuid[]');
    const max = p.add(limit, '::int');
    const part = (type: Suggestion['type'], alias: string, table: string, where: string) =>
      `(SELECT '${type}' AS type, c.id, c.title, ${order('c.title')} AS rank
        FROM (SELECT ${alias}.id, ${alias}.title FROM ${table} ${alias} WHERE ${match(`${alias}.title`)} AND ${where} LIMIT ${SUGGEST_CANDIDATES}) c
        ORDER BY rank DESC, c.title LIMIT ${max})`;
    return this.dataSource.query(
      `SELECT type, id, title FROM (
         ${part('thread', 't', 'threads', `t.deleted_at IS NULL AND NOT t.hidden AND t.community_id = ANY(${communities})`)}
         UNION ALL ${part('event', 'e', 'events', `e.community_id = ANY(${communities})`)}
         UNION ALL ${part('document', 'd', 'documents', `d.deleted_at IS NULL AND d.community_id = ANY(${communities})`)}
         UNION ALL ${part('practice', 'pr', 'practices', scope.practicesVisible)}
       ) s ORDER BY rank DESC, title LIMIT ${max}`,
      p.values,
    );
  }

  /** Active people by name (the people picker's rule: callers are signed in). */
  async suggestPeople(q: string, limit: number): Promise<{ id: string; displayName: string; organisationName: string }[]> {
    const p = new Params();
    const { match, order } = this.nameMatch(p, q);
    return this.dataSource.query(
      `SELECT c.id, c.display_name AS "displayName", o.name AS "organisationName"
       FROM (SELECT u.id, u.display_name, u.organisation_id FROM users u WHERE u.status = 'active' AND ${match('u.display_name')} LIMIT ${SUGGEST_CANDIDATES}) c
       JOIN organisations o ON o.id = c.organisation_id ORDER BY ${order('c.display_name')} DESC, c.display_name LIMIT ${p.add(limit, '::int')}`,
      p.values,
    );
  }

  async suggestCommunities(q: string, communityIds: string[], limit: number): Promise<{ slug: string; name: string }[]> {
    const p = new Params();
    const { match, order } = this.nameMatch(p, q);
    return this.dataSource.query(
      `SELECT c.slug, c.name FROM communities c WHERE c.id = ANY(${p.add(communityIds, '::uuid[]')}) AND ${match('c.name')}
        ORDER BY ${order('c.name')} DESC, c.name LIMIT ${p.add(limit, '::int')}`,
      p.values,
    );
  }

  /**
   * As you type, through the trigram indexes (unaccented, any case): names with a word starting
   * with the text; from four characters on, also names containing it or resembling it (trigram
   * word similarity: typos). Ranked among the first {@link SUGGEST_CANDIDATES} found, names with a
   * word starting with the text first.
   */
  private nameMatch(p: Params, q: string): { match: (column: string) => string; order: (column: string) => string } {
    const text = p.add(q);
    const starts = p.add(`${likeEscape(q)}%`);
    const wordStarts = p.add(`% ${likeEscape(q)}%`);
    const long = [...q].length >= 4;
    const contains = long ? p.add(`%${likeEscape(q)}%`) : null;
    return {
      match: (column) =>
        contains
          ? `(sce_unaccent(${column}) ILIKE sce_unaccent(${contains}) OR sce_unaccent(${column}) %> sce_unaccent(${text}))`
          : `(sce_unaccent(${column}) ILIKE sce_unaccent(${starts}) OR sce_unaccent(${column}) ILIKE sce_unaccent(${wordStarts}))`,
      order: (column) =>
        `(CASE WHEN sce_unaccent(${column}) ILIKE sce_unaccent(${starts}) OR sce_unaccent(${column}) ILIKE sce_unaccent(${wordStarts}) THEN 1 ELSE 0 END
          + word_similarity(sce_unaccent(${text}), sce_unaccent(${column})))`,
    };
  }
}
