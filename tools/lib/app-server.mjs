// Builds the production app and starts it on its own port and data folder, for e2e runs and
// benchmarks. Without DATABASE_URL the app starts its embedded PostgreSQL there and seeds it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Builds api and web (Nx caches them when unchanged); SKIP_BUILD=true uses what dist/ holds. */
export function buildApp() {
  if (process.env.SKIP_BUILD === 'true') return 0;
  const started = Date.now();
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api,web', '--output-style=static'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
  return Date.now() - started;
}

/** A data folder of its own for one run; the caller may fill it before `startApp`. */
export function freshDataDir(name) {
  const dataDir = join('tmp', `${name}-data-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

/** Environment for the built app on its own port and data folder, in development mode. */
export function appEnv({ port, dataDir }) {
  // MALLOC_ARENA_MAX as `npm start` and the Docker image set it, so figures match what runs.
  return { MALLOC_ARENA_MAX: '2', ...process.env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'development' };
}

export async function startApp({ port, name, dataDir = freshDataDir(name) }) {
  const started = Date.now();
  const url = `http://127.0.0.1:${port}`;
  // PUBLIC_URL must be the origin the browser uses: the API refuses state-changing requests from
  // any other origin (CSRF check), and its default is http://localhost:<port>.
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: appEnv({ port, dataDir }),
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 240; i++) {
    if (exited) throw new Error('the app exited before it became ready');
    try {
      const res = await fetch(`${url}/api/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
    if (i === 239) throw new Error('the app did not become ready within 60 s');
  }
  const readyMs = Date.now() - started;
  const stop = async () => {
    if (!exited) {
      process.kill(-child.pid, 'SIGTERM');
      for (let i = 0; i < 40 && !exited; i++) await new Promise((r) => setTimeout(r, 250));
      if (!exited) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, readyMs, stop, pid: child.pid, mailDir: join(process.cwd(), dataDir, 'mail') };
}
