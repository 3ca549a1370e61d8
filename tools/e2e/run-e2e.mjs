#!/usr/bin/env node
// Browser journeys against the production build: builds, starts the app on a fresh embedded
// database (seeded with the demo network), runs apps/web-e2e in Chromium, then stops the app.
// With E2E_BASE_URL set it only runs the journeys against that running app. Arguments pick
// spec files by name: `npm run e2e -- events practices`.
import { spawnSync } from 'node:child_process';
import { buildApp, startApp } from '../lib/app-server.mjs';

let app = null;
let baseUrl = process.env.E2E_BASE_URL;
// Without SMTP the app writes each mail to DATA_DIR/mail/; journeys read links from there.
let mailDir = process.env.E2E_MAIL_DIR;
if (!baseUrl) {
  buildApp();
  app = await startApp({ port: Number(process.env.E2E_PORT ?? 3996), name: 'e2e' });
  baseUrl = app.url;
  mailDir = app.mailDir;
  console.log(`e2e: app ready at ${baseUrl} in ${app.readyMs} ms`);
}
let status = 1;
try {
  const specs = process.argv.slice(2);
  const result = spawnSync('npx', ['nx', 'run', 'web-e2e:e2e', '--output-style=static', ...(specs.length > 0 ? ['--', ...specs] : [])], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, ...(mailDir ? { E2E_MAIL_DIR: mailDir } : {}) },
  });
  status = result.status ?? 1;
} finally {
  await app?.stop();
}
process.exit(status);
