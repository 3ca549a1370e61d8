#!/usr/bin/env node
// The demo data, for people: `npm run seed` resets it to the sample network.
// The scale data, for benchmarks: `npm run seed -- --scale [--factor=N]` adds a community with
// 1,000 threads (one of 2,000 replies) and 100,000 posts (times N) to the database the app uses
// (DATABASE_URL, or the embedded one in DATA_DIR), after the demo data when the database is empty.
import { spawnSync } from 'node:child_process';

const scale = process.argv.includes('--scale');
const factor = process.argv.find((a) => a.startsWith('--factor='));
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (process.env.SEED_SKIP_BUILD !== 'true') run('npx', ['nx', 'build', 'api', '--output-style=static']);
run(process.execPath, ['dist/apps/api/main.js', scale ? '--seed-scale' : '--reset-demo-data', ...(factor ? [factor] : [])]);
