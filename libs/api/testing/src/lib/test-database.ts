import { createHash } from 'node:crypto';
import { dataSourceOptions } from '@sce/api-core';
import { allMigrations } from '@sce/migrations';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const LOCK_KEY = 7_236_914_502;

/** The template's name changes with the migration list, so a new migration never meets a stale copy. */
export function templateDatabaseName(): string {
  const digest = createHash('sha256').update(allMigrations.map((m) => m.name).join(',')).digest('hex').slice(0, 10);
  return `sce_test_template_${digest}`;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs every migration once into a template database (under a lock, as Jest projects run in parallel). */
export async function ensureTemplateDatabase(serverUrl: string): Promise<string> {
  const template = templateDatabaseName();
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const dataSource = new DataSource(dataSourceOptions(databaseUrl(serverUrl, building)));
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
  return template;
}

/** A fresh copy of the template for one Jest worker; returns its URL. */
export async function createWorkerDatabase(serverUrl: string, name: string): Promise<string> {
  const template = templateDatabaseName();
  await withAdmin(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        // Two copies of one template at the same instant collide; the next try succeeds.
        if (attempt >= 10 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
  return databaseUrl(serverUrl, name);
}

/**
 * Drops worker databases whose Jest worker process is gone or is this finished run (a crashed or killed run against a
 * shared TEST_DATABASE_URL server). Live workers of parallel runs keep theirs.
 */
export async function dropOrphanedWorkerDatabases(serverUrl: string): Promise<string[]> {
  return withAdmin(serverUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^sce_test_[0-9]+_[0-9]+$'`);
    const orphans = rows.map((r) => r.datname).filter((name) => {
      const pid = Number(name.split('_').pop());
      // In-band runs use this very process; its tests are over when teardown runs.
      return pid === process.pid || !isAlive(pid);
    });
    for (const name of orphans) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    return orphans;
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
