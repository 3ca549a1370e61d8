import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** Session-level advisory lock taken while migrating and seeding, so instances never race. */
const SCHEMA_LOCK_KEY = 7_236_914_501;

/**
 * Checks that PostgreSQL answers before anything else starts, so a wrong DATABASE_URL ends the
 * start within seconds with one clear sentence instead of connection retries and a stack.
 */
export async function assertDatabaseReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : 'no answer';
    throw new Error(`Cannot connect to the database at ${redactUrl(url)} (${reason}). Check DATABASE_URL and that PostgreSQL is running.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured address';
  }
}

/** Runs `work` while holding the schema lock on a dedicated connection. */
export async function withSchemaLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('select pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    return await work();
  } finally {
    await runner.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Applies pending migrations (each in its own transaction) and returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  return withSchemaLock(dataSource, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  });
}
