#!/usr/bin/env node
// Builds the search benchmark's corpus (sample data) into a database that already has the schema
// and the demo network: organisations and authors in the seven countries, 40 communities (public,
// members-only and private; member@example.org belongs to some), 50,000 threads, 1,000,000 posts
// (20 per thread, some hidden, deleted or waiting), 5,000 events, 5,000 documents with text and
// 2,000 practices, written in English, Dutch, German, Danish, Swedish and Norwegian from word lists
// with a skewed frequency (a few very common words, a long tail of compounds, one rare name per
// item). The text comes from a seeded generator (the same corpus every time) and goes in as
// arrays (INSERT ... SELECT FROM unnest) of thousands of rows per statement; PostgreSQL computes
// the search vectors as the rows go in, and the posts' GIN index is built once at the end.
// Run once per database:
//
//   node tools/bench/search-corpus.mjs --database-url=postgres://... [--posts=1000000]
//
// `npm run bench` (tools/bench/run-bench.mjs) makes the database and calls buildSearchCorpus.
import pg from 'pg';

/** Head words per language, most frequent first (function words, then the domain's vocabulary). */
const HEADS = {
  en: 'the and of to for in with digital service municipality citizens data permit online platform residents process application public council identity access system project design support information portal benefit registration housing parking mobility transport waste health school care appointment form letter payment tax licence business network partner region city government wallet signature open standard interface cloud security privacy consent evaluation pilot transfer practice budget procurement training survey feedback accessibility language translation',
  nl: 'de het en van een voor met digitale dienst gemeente gemeenten burgers gegevens vergunning online platform inwoners proces aanvraag publiek raad identiteit toegang systeem project ontwerp ondersteuning informatie loket uitkering inschrijving woning parkeren mobiliteit vervoer afval zorg school afspraak formulier brief betaling belasting bedrijf netwerk partner regio stad overheid portemonnee handtekening open standaard koppeling beveiliging privacy toestemming evaluatie proef overdracht praktijk begroting aanbesteding opleiding enquete',
  de: 'der die und das von mit für digitale dienst gemeinde bürger daten genehmigung online plattform einwohner verfahren antrag öffentlich rat identität zugang system projekt gestaltung unterstützung information bürgeramt leistung anmeldung wohnung parken mobilität verkehr abfall gesundheit schule termin formular schreiben zahlung steuer gewerbe netzwerk partner region stadt verwaltung brieftasche signatur offen standard schnittstelle sicherheit datenschutz einwilligung bewertung pilot übertragung praxis haushalt vergabe schulung umfrage',
  da: 'og i at til med for af digital tjeneste kommune borgere data tilladelse online platform indbyggere proces ansøgning offentlig råd identitet adgang system projekt design støtte information borgerservice ydelse registrering bolig parkering mobilitet transport affald sundhed skole aftale formular brev betaling skat virksomhed netværk partner region by forvaltning tegnebog signatur åben standard grænseflade sikkerhed privatliv samtykke evaluering pilot overførsel praksis budget udbud uddannelse undersøgelse',
  sv: 'och i att till med för av digital tjänst kommun invånare data tillstånd online plattform medborgare process ansökan offentlig råd identitet åtkomst system projekt design stöd information medborgarkontor förmån registrering bostad parkering mobilitet transport avfall hälsa skola möte formulär brev betalning skatt företag nätverk partner region stad förvaltning plånbok underskrift öppen standard gränssnitt säkerhet integritet samtycke utvärdering pilot överföring praxis budget upphandling utbildning enkät',
  nb: 'og i å til med for av digital tjeneste kommune innbyggere data tillatelse nett plattform borgere prosess søknad offentlig råd identitet tilgang system prosjekt design støtte informasjon servicetorg ytelse registrering bolig parkering mobilitet transport avfall helse skole avtale skjema brev betaling skatt bedrift nettverk partner region by forvaltning lommebok signatur åpen standard grensesnitt sikkerhet personvern samtykke evaluering pilot overføring praksis budsjett anskaffelse opplæring undersøkelse',
};
const LANGUAGES = Object.keys(HEADS);
/** Share of items per language, in twentieths: en 8, nl 3, de 3, da 2, sv 2, nb 2. */
const LANGUAGE_MIX = ['en', 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'nl', 'nl', 'nl', 'de', 'de', 'de', 'da', 'da', 'sv', 'sv', 'nb', 'nb'];
const SYLLABLES = 'ka lo ve mor dan sil tre bru han gel fjo ris nor vek sta lum quo bel dra win'.split(' ');

/** Head words, then every two-word compound of them (the long tail): ~6,000 words per language. */
export function vocabulary(language) {
  const head = HEADS[language].split(' ');
  const content = head.filter((w) => w.length > 3);
  const compounds = content.flatMap((a) => content.map((b) => (a === b ? null : a + b))).filter(Boolean);
  return [...head, ...compounds];
}

/** 8,000 invented names (three syllables): one per item, so each appears in about 1 item of 8,000. */
export function rareNames() {
  const names = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of SYLLABLES) names.push(a + b + c);
  return names;
}

/** The benchmark's queries by kind, drawn from the word lists (see docs/search.md). */
export function benchQueries() {
  const rare = rareNames();
  return {
    common: ['digital service', 'gemeente', 'Bürger', 'kommune', 'data', 'parkering'],
    rare: [rare[17], rare[4242], rare[7001], 'parkingwallet', 'afvalwoning', 'datenschutzpilot'],
    multi: ['digital identity wallet', '"online platform" municipality', 'vergunning parkeren gemeente -afval', 'Bürgeramt Termin Formular', 'privacy consent evaluation', 'kommune borgere ansøgning'],
  };
}

const argument = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;

/** A seeded generator (mulberry32): the same corpus on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The language of item `n` of any kind: LANGUAGE_MIX in turn (SQL computes the same). */
export const languageOf = (n) => LANGUAGE_MIX[(n * 7) % LANGUAGE_MIX.length];
const languageSql = (n) => `(ARRAY[${LANGUAGE_MIX.map((l) => `'${l}'`).join(', ')}])[1 + (${n} * 7) % ${LANGUAGE_MIX.length}]`;

/** Builds the corpus with `client` (pg); returns what it made. */
export async function buildSearchCorpus(client, { posts = 1_000_000, log = console.log } = {}) {
  const threads = Math.ceil(posts / 20);
  const started = Date.now();
  const next = random(20261127);
  const vocab = Object.fromEntries(LANGUAGES.map((l) => [l, vocabulary(l)]));
  const rare = rareNames();
  /** `count` words skewed towards the head of the language's list (index ~ u³ of its length), and one rare name. */
  const text = (language, count) => {
    const words = vocab[language];
    const out = [];
    for (let i = 0; i < count; i++) out.push(words[Math.floor(next() ** 3 * words.length)]);
    out.push(rare[Math.floor(next() * rare.length)]);
    return out.join(' ');
  };
  const title = (language) => {
    const t = text(language, 3 + Math.floor(next() * 4));
    return t.charAt(0).toUpperCase() + t.slice(1);
  };
  const step = async (label, work) => {
    const t = Date.now();
    await work();
    log(`  ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  /** Runs `sql` over items 1..total in batches; `columns(n)` gives item n's values of the parameter arrays, `extra` follows them. */
  const batches = async (total, size, columns, sql, extra = []) => {
    for (let from = 1; from <= total; from += size) {
      const to = Math.min(total, from + size - 1);
      const arrays = [];
      for (let n = from; n <= to; n++) columns(n).forEach((value, i) => (arrays[i] ??= []).push(value));
      await client.query(sql, [...arrays, ...extra]);
    }
  };
  // Posts are written in time order over three years, as a live site writes them (so the table's
  // order follows created_at); `total` is the parameter holding the number of posts.
  const postTime = (n, total) => `now() - interval '3 years' + (${n})::float8 / $${total}::float8 * interval '3 years'`;
  const { rows: [{ exists }] } = await client.query(`SELECT EXISTS (SELECT 1 FROM communities WHERE slug = 'search-bench-01') AS exists`);
  if (exists) throw new Error('The search corpus is already in this database.');
  await client.query(`SET maintenance_work_mem = '512MB'`);
  const authors = `(SELECT array_agg(id ORDER BY email) FROM users WHERE email LIKE 'search-bench-%')`;
  const communities = `(SELECT array_agg(id ORDER BY slug) FROM communities WHERE slug LIKE 'search-bench-%')`;

  log(`search corpus: ${posts.toLocaleString('en')} posts in ${threads.toLocaleString('en')} threads`);
  await step('organisations, 2,000 authors, 40 communities', async () => {
    await client.query(
      `WITH orgs AS (
         INSERT INTO organisations (name, kind, country, city, website)
         SELECT 'Search Bench ' || c || ' ' || n || ' (sample data)', 'municipality', c, 'Sampletown', NULL
         FROM unnest(ARRAY['GB', 'NL', 'BE', 'DE', 'DK', 'SE', 'NO']) c, generate_series(1, 5) n RETURNING id)
       INSERT INTO users (email, display_name, organisation_id, status, language, email_verified_at)
       SELECT 'search-bench-' || lpad(n::text, 4, '0') || '@example.org', 'Bench Author ' || n, (SELECT array_agg(id ORDER BY id) FROM orgs)[1 + n % 35], 'active', ${languageSql('n')}, now()
       FROM generate_series(1, 2000) n`,
    );
    // 30 public, 6 members-only, 4 private; the demo member belongs to two of the private ones.
    await client.query(
      `INSERT INTO communities (slug, name, description, visibility, join_policy, new_member_approvals)
       SELECT 'search-bench-' || lpad(n::text, 2, '0'), 'Search bench ' || n || ' (sample data)', 'Generated content for the search benchmark.',
              CASE WHEN n <= 30 THEN 'public' WHEN n <= 36 THEN 'members' ELSE 'private' END, 'open', 0
       FROM generate_series(1, 40) n`,
    );
    await client.query(
      `INSERT INTO memberships (community_id, user_id, role, state)
       SELECT c.id, u.id, 'member', 'active' FROM communities c, users u WHERE c.slug IN ('search-bench-37', 'search-bench-38') AND u.email = 'member@example.org'`,
    );
  });
  await step(`${threads.toLocaleString('en')} threads`, () =>
    batches(threads, 5000, (n) => [n, title(languageOf(n)), text(languageOf(n), 20 + (n % 40))],
      `INSERT INTO threads (id, community_id, author_id, kind, title, body_md, body_html, tags, language, created_at, last_activity_at)
       SELECT md5('search-bench-thread-' || x.n)::uuid, ${communities}[1 + x.n % 40], ${authors}[1 + (x.n * 7) % 2000], 'discussion', x.title, x.body, '<p>' || x.body || '</p>', '{}',
              ${languageSql('x.n')}, ${postTime('(x.n - 1) * 20', 4)}, ${postTime('(x.n - 1) * 20', 4)}
       FROM unnest($1::int[], $2::text[], $3::text[]) AS x(n, title, body)`, [posts]),
  );
  // Built once at the end: faster than keeping it while a million rows go in.
  await client.query('DROP INDEX IF EXISTS "IDX_posts_search"');
  const perBatch = 20_000;
  for (let from = 1; from <= posts; from += 100_000) {
    const to = Math.min(posts, from + 99_999);
    await step(`posts ${from.toLocaleString('en')}–${to.toLocaleString('en')}`, () =>
      batches(to - from + 1, perBatch, (i) => {
        const n = from + i - 1;
        return [n, text(languageOf(Math.floor((n - 1) / 20) + 1), 15 + (n % 45))];
      },
      // Thread k = (n - 1) / 20 + 1, post number (n - 1) % 20 + 1; one in 97 hidden, one in 199 deleted, one in 499 waiting for approval.
      `INSERT INTO posts (thread_id, author_id, depth, number, path, body_md, body_html, language, hidden, deleted_at, approval, created_at)
       SELECT md5('search-bench-thread-' || p.k)::uuid, ${authors}[1 + (x.n * 11) % 2000], 1, p.number, lpad(p.number::text, 7, '0'), x.body, '<p>' || x.body || '</p>', ${languageSql('p.k')},
              x.n % 97 = 0, CASE WHEN x.n % 199 = 0 THEN now() END, CASE WHEN x.n % 499 = 0 THEN 'pending' ELSE 'approved' END,
              ${postTime('x.n', 3)}
       FROM unnest($1::int[], $2::text[]) AS x(n, body), LATERAL (SELECT (x.n - 1) / 20 + 1 AS k, (x.n - 1) % 20 + 1 AS number) p`, [posts]),
    );
  }
  await step('the posts’ GIN index', () => client.query(`CREATE INDEX "IDX_posts_search" ON "posts" USING GIN ("search_vector")`));
  await step('thread counters', () =>
    client.query(
      `UPDATE threads t SET reply_count = s.count, post_seq = s.seq, last_activity_at = s.last
       FROM (SELECT thread_id, count(*) FILTER (WHERE NOT hidden AND deleted_at IS NULL AND approval = 'approved')::int AS count, max(number) AS seq, max(created_at) AS last FROM posts GROUP BY thread_id) s
       WHERE s.thread_id = t.id AND t.title <> '' AND t.id IN (SELECT md5('search-bench-thread-' || n)::uuid FROM generate_series(1, $1::int) n)`,
      [threads],
    ),
  );
  await step('5,000 events', () =>
    batches(5000, 1000, (n) => [n, title(languageOf(n)), text(languageOf(n), 60)],
      `INSERT INTO events (community_id, organiser_id, title, description_md, description_html, kind, starts_at, ends_at, time_zone, venue, language)
       SELECT ${communities}[1 + x.n % 40], ${authors}[1 + (x.n * 3) % 2000], x.title, x.body, '<p>' || x.body || '</p>', 'workshop',
              now() + (x.n % 730 - 365) * interval '1 day', now() + (x.n % 730 - 365) * interval '1 day' + interval '3 hours', 'Europe/Brussels', 'Sample hall', ${languageSql('x.n')}
       FROM unnest($1::int[], $2::text[], $3::text[]) AS x(n, title, body)`),
  );
  await step('5,000 documents (1,500 words of text each)', () =>
    batches(5000, 500, (n) => [n, title(languageOf(n)), text(languageOf(n), 20), text(languageOf(n), 1500)],
      `INSERT INTO documents (community_id, owner_id, title, description, tags, licence, language, content_text, version_count, current_mime, created_at, updated_at)
       SELECT ${communities}[1 + x.n % 40], ${authors}[1 + (x.n * 5) % 2000], x.title, x.description, '{}', 'CC-BY-4.0', ${languageSql('x.n')}, x.content, 0, 'text/plain',
              now() - (x.n % 1095) * interval '1 day', now() - (x.n % 1095) * interval '1 day'
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS x(n, title, description, content)`),
  );
  await step('2,000 practices', () =>
    batches(2000, 1000, (n) => [n, title(languageOf(n)), text(languageOf(n), 25), text(languageOf(n), 80), text(languageOf(n), 80)],
      `INSERT INTO practices (organisation_id, created_by, title, summary, domain, problem, solution, maturity, visibility, language, created_at, updated_at)
       SELECT u.organisation_id, u.id, x.title, x.summary, 'other', x.problem, x.solution, 'pilot', CASE WHEN x.n % 4 = 0 THEN 'members' ELSE 'public' END, ${languageSql('x.n')},
              now() - (x.n % 1095) * interval '1 day', now() - (x.n % 1095) * interval '1 day'
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(n, title, summary, problem, solution),
       LATERAL (SELECT id, organisation_id FROM users WHERE id = ${authors}[1 + (x.n * 13) % 2000]) u`),
  );
  await client.query(`UPDATE communities c SET thread_count = (SELECT count(*) FROM threads WHERE community_id = c.id),
    member_count = (SELECT count(*) FROM memberships WHERE community_id = c.id AND state = 'active') WHERE c.slug LIKE 'search-bench-%'`);
  await step('VACUUM ANALYZE', () => client.query('VACUUM ANALYZE'));
  const { rows: [size] } = await client.query(`SELECT pg_size_pretty(pg_total_relation_size('posts')) AS posts, pg_size_pretty(pg_relation_size('"IDX_posts_search"')) AS gin, pg_size_pretty(pg_database_size(current_database())) AS database`);
  log(`search corpus built in ${((Date.now() - started) / 1000).toFixed(0)} s: posts ${size.posts} (their GIN index ${size.gin}), database ${size.database}`);
  return { posts, threads, seconds: (Date.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = argument('database-url', process.env.DATABASE_URL);
  if (!url) {
    console.error('usage: node tools/bench/search-corpus.mjs --database-url=postgres://... [--posts=1000000] (a database with the schema and the demo network: start the app on it once)');
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await buildSearchCorpus(client, { posts: Number(argument('posts', '1000000')) });
  } finally {
    await client.end();
  }
}
