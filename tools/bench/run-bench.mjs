#!/usr/bin/env node
// Benchmarks that print figures (never assertions): start-up time, request latency and
// throughput of the main read routes on the seeded demo data, and the web bundle's size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, startApp } from '../lib/app-server.mjs';

const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20);

async function load(url, init = {}, total = requests) {
  const latencies = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t = performance.now();
        const res = await fetch(url, typeof init === 'function' ? init() : init).catch(() => null);
        if (!res?.ok) errors += 1;
        await res?.arrayBuffer();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { rps: (total / seconds).toFixed(0), p50: p(0.5), p95: p(0.95), p99: p(0.99), errors };
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

// Benchmarks sign in far more often than people do.
process.env.AUTH_RATE_LIMIT_PER_IP ??= '1000000';
process.env.AUTH_RATE_LIMIT_PER_ACCOUNT ??= '1000000';

/** Signs in as a demo account; returns the cookie header and XSRF token for later requests. */
async function signIn(url, email) {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const xsrf = /XSRF-TOKEN=([^;]+)/.exec(csrf.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${xsrf}`, 'x-xsrf-token': xsrf },
    body: JSON.stringify({ email, password: process.env.DEMO_PASSWORD ?? 'exchange-demo' }),
  });
  const access = /sce_access=([^;]+)/.exec(res.headers.getSetCookie().join('\n'))?.[1] ?? '';
  return { xsrf, cookie: `XSRF-TOKEN=${xsrf}; sce_access=${access}` };
}

const buildMs = buildApp();
const app = await startApp({ port: Number(process.env.BENCH_PORT ?? 3997), name: 'bench' });
try {
  console.log(`\nbuild (cached when nothing changed): ${buildMs} ms`);
  console.log(`start to ready (embedded PostgreSQL, fresh data, seed): ${app.readyMs} ms`);
  for (const path of ['/api/health/live', '/api/health/ready', '/api/communities', '/']) {
    const r = await load(app.url + path);
    console.log(`GET ${path.padEnd(20)} ${requests} requests, concurrency ${concurrency}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, errors ${r.errors}`);
  }
  const session = await signIn(app.url, 'member@example.org');
  const me = await load(`${app.url}/api/users/me`, { headers: { cookie: session.cookie } });
  console.log(`GET /api/users/me (session checked per request) ${requests} requests, concurrency ${concurrency}: ${me.rps} req/s, p50 ${me.p50} ms, p95 ${me.p95} ms, errors ${me.errors}`);
  const logins = 40;
  const login = await load(`${app.url}/api/auth/login`, () => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${session.xsrf}`, 'x-xsrf-token': session.xsrf },
    body: JSON.stringify({ email: 'member@example.org', password: process.env.DEMO_PASSWORD ?? 'exchange-demo' }),
  }), logins);
  console.log(`POST /api/auth/login (argon2id verify) ${logins} requests, concurrency ${concurrency}: ${login.rps} req/s, p50 ${login.p50} ms, p95 ${login.p95} ms, errors ${login.errors}`);
  const size = bundleSize('dist/apps/web/browser');
  console.log(`web bundle (js+css+html): ${(size.raw / 1024).toFixed(0)} KiB, ${(size.gz / 1024).toFixed(0)} KiB gzipped`);
} finally {
  await app.stop();
}
