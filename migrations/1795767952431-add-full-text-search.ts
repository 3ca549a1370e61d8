import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The search configurations: each language's snowball stemmer after unaccent, and `simple` (exact words) after unaccent. */
const CONFIGURATIONS = [
  ['sce_english', 'english', 'english_stem'],
  ['sce_dutch', 'dutch', 'dutch_stem'],
  ['sce_german', 'german', 'german_stem'],
  ['sce_danish', 'danish', 'danish_stem'],
  ['sce_swedish', 'swedish', 'swedish_stem'],
  ['sce_norwegian', 'norwegian', 'norwegian_stem'],
  ['sce_simple', 'simple', 'simple'],
] as const;

/** The generated search vectors, as the entities declare them (TypeORM keeps the expressions in typeorm_metadata). */
const VECTORS = [
  ['threads', `sce_search_vector(language, title, sce_search_tags(tags), research ->> 'abstract', body_html)`],
  ['posts', 'sce_search_vector(language, NULL, NULL, NULL, body_html)'],
  ['events', 'sce_search_vector(language, title, venue, agenda_html, description_html)'],
  ['documents', 'sce_search_vector(language, title, sce_search_tags(tags), description, content_text)'],
  ['practices', `sce_search_vector(language, title, summary, problem || ' ' || solution, technology || ' ' || target_users)`],
] as const;

/** Trigram indexes on unaccented titles and names: typos, parts of compound words, suggestions as you type. */
const TRIGRAMS = [
  ['IDX_threads_title_trgm', 'threads', 'title'],
  ['IDX_events_title_trgm', 'events', 'title'],
  ['IDX_documents_title_trgm', 'documents', 'title'],
  ['IDX_practices_title_trgm', 'practices', 'title'],
  ['IDX_communities_name_trgm', 'communities', 'name'],
  ['IDX_users_display_name_trgm', 'users', 'display_name'],
] as const;

/**
 * Full-text search over threads, posts, events, documents and practices (libs/api/search).
 *
 * Each item has a language (posts, events and practices gain one, filled from their author's
 * profile language) and a stored tsvector that PostgreSQL computes in the statement writing the
 * row: the words stemmed in the item's language and, alongside, the exact (unaccented) words, so a
 * query in one language still finds exact words in another. Stemming and unaccent run in custom
 * configurations copied from the built-in ones, so the expression stays IMMUTABLE; the functions
 * use SQL-standard bodies, so their configuration names are bound when they are created.
 * Documents keep the current version's extracted text in `content_text`.
 */
export class AddFullTextSearch1795767952431 implements MigrationInterface {
  name = 'AddFullTextSearch1795767952431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Both are trusted extensions (PostgreSQL 13+): a database owner may create them.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // TypeORM records generated columns' expressions here; the app and the CLI create it too.
    await queryRunner.query(`
            CREATE TABLE IF NOT EXISTS "typeorm_metadata" (
                "type" character varying NOT NULL, "database" character varying, "schema" character varying,
                "table" character varying, "name" character varying, "value" text
            )
        `);
    for (const [name, base, dictionary] of CONFIGURATIONS) {
      await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${base})`);
      await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${dictionary}`);
    }
    await queryRunner.query(`
            CREATE FUNCTION sce_search_config(language text) RETURNS regconfig
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN CASE language
                WHEN 'nl' THEN 'sce_dutch'::regconfig WHEN 'de' THEN 'sce_german'::regconfig WHEN 'da' THEN 'sce_danish'::regconfig
                WHEN 'sv' THEN 'sce_swedish'::regconfig WHEN 'nb' THEN 'sce_norwegian'::regconfig ELSE 'sce_english'::regconfig
            END
        `);
    // Fields weighted A (title) to D (body); each field at most 100,000 characters (a tsvector holds at most 1 MB).
    await queryRunner.query(`
            CREATE FUNCTION sce_search_vector(language text, a text, b text, c text, d text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN setweight(to_tsvector(sce_search_config(language), left(coalesce(a, ''), 100000)), 'A')
                || setweight(to_tsvector(sce_search_config(language), left(coalesce(b, ''), 100000)), 'B')
                || setweight(to_tsvector(sce_search_config(language), left(coalesce(c, ''), 100000)), 'C')
                || setweight(to_tsvector(sce_search_config(language), left(coalesce(d, ''), 100000)), 'D')
                || setweight(to_tsvector('sce_simple'::regconfig, left(coalesce(a, ''), 100000)), 'A')
                || setweight(to_tsvector('sce_simple'::regconfig, left(coalesce(b, ''), 100000)), 'B')
                || setweight(to_tsvector('sce_simple'::regconfig, left(coalesce(c, ''), 100000)), 'C')
                || setweight(to_tsvector('sce_simple'::regconfig, left(coalesce(d, ''), 100000)), 'D')
        `);
    await queryRunner.query(`
            CREATE FUNCTION sce_search_tags(tags text[]) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN array_to_string(tags, ' ')
        `);
    await queryRunner.query(`
            CREATE FUNCTION sce_unaccent(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            RETURN unaccent('unaccent'::regdictionary, value)
        `);
    // websearch_to_tsquery syntax over the exact words, each word also matching its stem in each of
    // `configs` (one language, or all six to ask the index). A stop word of one of them is dropped,
    // except in queries with a quoted phrase (where it keeps the words' distances) or made only of
    // stop words.
    await queryRunner.query(`
            CREATE FUNCTION sce_search_query(configs regconfig[], query text) RETURNS tsquery
            LANGUAGE plpgsql STABLE PARALLEL SAFE
            SET client_min_messages = warning SET search_path FROM CURRENT
            AS $fn$
            DECLARE
                exact tsquery := websearch_to_tsquery('sce_simple', query);
                keep_stop_words boolean := position('"' in query) > 0;
                result tsquery;
                word text;
                target tsquery;
                forms tsquery;
                seen text[];
                stem tsquery;
                config regconfig;
                stop_word boolean;
            BEGIN
                FOR attempt IN 1..2 LOOP
                    result := exact;
                    FOR word IN SELECT DISTINCT lexeme FROM unnest(to_tsvector('sce_simple', query)) LOOP
                        target := plainto_tsquery('sce_simple', word);
                        CONTINUE WHEN numnode(target) <> 1;
                        forms := target;
                        seen := ARRAY[target::text];
                        stop_word := false;
                        FOREACH config IN ARRAY configs LOOP
                            stem := plainto_tsquery(config, word);
                            IF numnode(stem) = 0 THEN
                                stop_word := true;
                            ELSIF NOT stem::text = ANY (seen) THEN
                                forms := forms || stem;
                                seen := seen || stem::text;
                            END IF;
                        END LOOP;
                        IF stop_word AND NOT keep_stop_words THEN
                            result := ts_rewrite(result, target, ''::tsquery);
                        ELSIF cardinality(seen) > 1 THEN
                            result := ts_rewrite(result, target, forms);
                        END IF;
                    END LOOP;
                    EXIT WHEN numnode(result) > 0 OR keep_stop_words;
                    keep_stop_words := true;
                END LOOP;
                RETURN result;
            END
            $fn$
        `);

    await queryRunner.query(`ALTER TABLE "documents" ADD "content_text" text`);
    await queryRunner.query(`
            UPDATE documents d SET content_text = v.extracted_text
            FROM document_versions v WHERE v.document_id = d.id AND v.number = d.version_count AND v.extracted_text IS NOT NULL
        `);
    for (const [table, author] of [['events', 'organiser_id'], ['posts', 'author_id'], ['practices', 'created_by']] as const) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "language" text NOT NULL DEFAULT 'en'`);
      await queryRunner.query(`UPDATE ${table} x SET language = u.language FROM users u WHERE u.id = x.${author} AND u.language <> 'en'`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_language" CHECK (language IN ('en', 'nl', 'de', 'da', 'sv', 'nb'))`);
    }
    for (const [table, expression] of VECTORS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`);
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_vector', $2)`,
        [table, expression],
      );
      await queryRunner.query(`CREATE INDEX "IDX_${table}_search" ON "${table}" USING GIN ("search_vector")`);
    }
    // The most recent matches of a common word: posts walked newest first.
    await queryRunner.query(`CREATE INDEX "IDX_posts_created" ON "posts" ("created_at", "id")`);
    for (const [index, table, column] of TRIGRAMS) {
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING GIN (sce_unaccent(${column}) gin_trgm_ops)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index] of TRIGRAMS) await queryRunner.query(`DROP INDEX "public"."${index}"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_created"`);
    for (const [table] of VECTORS) {
      await queryRunner.query(`DROP INDEX "public"."IDX_${table}_search"`);
      await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = $1`, [table]);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
    }
    for (const table of ['practices', 'posts', 'events']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_language"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "language"`);
    }
    await queryRunner.query(`ALTER TABLE "documents" DROP COLUMN "content_text"`);
    await queryRunner.query(`DROP FUNCTION sce_search_query(regconfig[], text)`);
    await queryRunner.query(`DROP FUNCTION sce_unaccent(text)`);
    await queryRunner.query(`DROP FUNCTION sce_search_tags(text[])`);
    await queryRunner.query(`DROP FUNCTION sce_search_vector(text, text, text, text, text)`);
    await queryRunner.query(`DROP FUNCTION sce_search_config(text)`);
    for (const [name] of [...CONFIGURATIONS].reverse()) await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION ${name}`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
