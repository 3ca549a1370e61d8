#!/usr/bin/env node
// Benchmarks that print figures (never assertions), on this machine's loopback only: start-up,
// the scale data set (tools/seed --scale), then autocannon workloads at 50 and 200 connections —
// a community's thread list, a thread's first page and its 50th page (2,000 replies), and posting
// replies as a signed-in member — with the app's peak memory, Socket.IO fan-out to 1,000 followers
// and 10,000 idle sockets (tools/bench/fanout.mjs), and the web bundle's size; then the search
// benchmark on a generated corpus of 1,000,000 posts (tools/bench/search-bench.mjs).
// BENCH_SECONDS sets each workload's duration (default 10); `-- --only=search` runs only the
// search benchmark, `-- --only=core` everything else.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { appEnv, buildApp, freshDataDir, startApp } from '../lib/app-server.mjs';
import { runFanout } from './fanout.mjs';
import { runSearchBench } from './search-bench.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3997);
const password = process.env.DEMO_PASSWORD ?? 'exchange-demo';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? 'all';

// Benchmarks sign in far more often than people do.
process.env.AUTH_RATE_LIMIT_PER_IP ??= '1000000';
process.env.AUTH_RATE_LIMIT_PER_ACCOUNT ??= '1000000';

/** Resident memory of a process in MiB, from /proc (Linux); null elsewhere. */
function rssMiB(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
  } catch {
    return null;
  }
}

let peakRss = 0;
async function run(label, options, pid) {
  let peak = 0;
  const sampler = setInterval(() => {
    const rss = rssMiB(pid) ?? 0;
    peak = Math.max(peak, rss);
    peakRss = Math.max(peakRss, rss);
  }, 250);
  const result = await autocannon({ duration: seconds, ...options });
  clearInterval(sampler);
  const errors = result.errors + result.non2xx + result.timeouts;
  console.log(
    `${label.padEnd(48)} ${String(options.connections).padStart(3)} conn: ${result.requests.average.toFixed(0).padStart(6)} req/s, ` +
      `p50 ${String(result.latency.p50).padStart(4)} ms, p99 ${String(result.latency.p99).padStart(4)} ms, errors ${errors}, app memory peak ${peak.toFixed(0)} MiB`,
  );
}

/** Signs in as a demo account; returns the cookie header and XSRF token for later requests. */
async function signIn(url, email) {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const xsrf = /XSRF-TOKEN=([^;]+)/.exec(csrf.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${xsrf}`, 'x-xsrf-token': xsrf, origin: url },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  const access = /sce_access=([^;]+)/.exec(res.headers.getSetCookie().join('\n'))?.[1] ?? '';
  return { xsrf, cookie: `XSRF-TOKEN=${xsrf}; sce_access=${access}` };
}

function bundleSize(dir) {
  let raw = 0;
  let gz = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) {
        const body = readFileSync(path);
        raw += body.length;
        gz += gzipSync(body).length;
      }
    }
  };
  walk(dir);
  return { raw, gz };
}

const buildMs = buildApp();
if (only === 'search') {
  await runSearchBench({ seconds, port: port - 1 });
  process.exit(0);
}
const dataDir = freshDataDir('bench');
const seedStarted = Date.now();
const seeded = spawnSync(process.execPath, ['dist/apps/api/main.js', '--seed-scale'], { env: appEnv({ port, dataDir }), stdio: 'inherit' });
if (seeded.status !== 0) throw new Error('seeding the scale data failed');
const seedMs = Date.now() - seedStarted;
const app = await startApp({ port, name: 'bench', dataDir });
try {
  console.log(`\nbuild (cached when nothing changed): ${buildMs} ms`);
  console.log(`scale data (demo network + 1,000 threads, 100,000 posts, embedded PostgreSQL): ${seedMs} ms`);
  console.log(`start to ready on that data: ${app.readyMs} ms; app memory at rest ${rssMiB(app.pid)?.toFixed(0)} MiB\n`);

  const url = app.url;
  const get = (path) => fetch(url + path).then((r) => r.json());
  const list = await get('/api/communities/scale-test/threads?limit=100');
  let big = null;
  for (let page = list; !big && page; page = page.nextCursor ? await get(`/api/communities/scale-test/threads?limit=100&cursor=${page.nextCursor}`) : null) {
    big = page.items.find((t) => t.replyCount === 2000) ?? null;
  }
  if (!big) throw new Error('the 2,000-reply thread is missing from the scale data');
  let cursor = null;
  for (let page = 1; page < 50; page++) cursor = (await get(`/api/threads/${big.id}/posts${cursor ? `?cursor=${cursor}` : ''}`)).nextCursor;
  const replyTarget = list.items.find((t) => t.id !== big.id && !t.locked);
  const member = await signIn(url, 'member@example.org');

  // Visitors share a page per ANONYMOUS_CACHE_MS; a signed-in member's request is computed every time.
  const signedInGet = (path) => ({ url: url + path, headers: { cookie: member.cookie } });
  const workloads = [
    ['GET a community’s thread list (visitor)', { url: `${url}/api/communities/scale-test/threads` }],
    ['GET a community’s thread list (member)', signedInGet('/api/communities/scale-test/threads')],
    ['GET a 2,000-reply thread, first page (visitor)', { url: `${url}/api/threads/${big.id}/posts` }],
    ['GET a 2,000-reply thread, first page (member)', signedInGet(`/api/threads/${big.id}/posts`)],
    ['GET the same thread, page 50 (visitor)', { url: `${url}/api/threads/${big.id}/posts?cursor=${cursor}` }],
    ['GET the same thread, page 50 (member)', signedInGet(`/api/threads/${big.id}/posts?cursor=${cursor}`)],
    [
      'POST a reply as a signed-in member',
      {
        url: `${url}/api/threads/${replyTarget.id}/posts`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: member.cookie, 'x-xsrf-token': member.xsrf, origin: url },
        body: JSON.stringify({ body: 'A benchmark reply with **Markdown** and a [link](https://example.org).' }),
      },
    ],
  ];
  for (const connections of [50, 200]) {
    for (const [label, options] of workloads) await run(label, { ...options, connections }, app.pid);
  }
  console.log('');
  for (const path of ['/api/health/ready', '/api/communities', '/']) await run(`GET ${path}`, { url: url + path, connections: 50 }, app.pid);
  await run('GET /api/users/me (session checked per request)', { url: `${url}/api/users/me`, headers: { cookie: member.cookie }, connections: 50 }, app.pid);
  await run('POST /api/auth/login (argon2id, 2 at a time)', {
    url: `${url}/api/auth/login`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${member.xsrf}`, 'x-xsrf-token': member.xsrf, origin: url },
    body: JSON.stringify({ email: 'member@example.org', password }),
    connections: 10,
    amount: 40,
  }, app.pid);

  console.log(`\napp memory: peak ${peakRss.toFixed(0)} MiB over every workload (target < 400 MiB)`);
  console.log('');
  await runFanout({ url, rssMiB: () => rssMiB(app.pid) ?? 0, threadId: replyTarget.id, member });
  const size = bundleSize('dist/apps/web/browser');
  console.log(`web bundle (js+css+html, all lazy chunks): ${(size.raw / 1024).toFixed(0)} KiB, ${(size.gz / 1024).toFixed(0)} KiB gzipped`);
} finally {
  await app.stop();
}
if (only !== 'core') await runSearchBench({ seconds, port: port - 1 });
