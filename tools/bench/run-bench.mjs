#!/usr/bin/env node
// Benchmarks that print figures (never assertions): start-up time, request latency and
// throughput of the main read routes on the seeded demo data, and the web bundle's size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, startApp } from '../lib/app-server.mjs';

const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20);

async function load(url) {
  const latencies = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t = performance.now();
        const res = await fetch(url).catch(() => null);
        if (!res?.ok) errors += 1;
        await res?.arrayBuffer();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { rps: (requests / seconds).toFixed(0), p50: p(0.5), p95: p(0.95), p99: p(0.99), errors };
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
const app = await startApp({ port: Number(process.env.BENCH_PORT ?? 3997), name: 'bench' });
try {
  console.log(`\nbuild (cached when nothing changed): ${buildMs} ms`);
  console.log(`start to ready (embedded PostgreSQL, fresh data, seed): ${app.readyMs} ms`);
  for (const path of ['/api/health/live', '/api/health/ready', '/api/communities', '/']) {
    const r = await load(app.url + path);
    console.log(`GET ${path.padEnd(20)} ${requests} requests, concurrency ${concurrency}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, errors ${r.errors}`);
  }
  const size = bundleSize('dist/apps/web/browser');
  console.log(`web bundle (js+css+html): ${(size.raw / 1024).toFixed(0)} KiB, ${(size.gz / 1024).toFixed(0)} KiB gzipped`);
} finally {
  await app.stop();
}
