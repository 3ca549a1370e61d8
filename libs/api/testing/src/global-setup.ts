import './register-paths';
import { join } from 'node:path';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from '@sce/api-core';
import { ensureTemplateDatabase } from './lib/test-database';

declare global {
  var __SCE_TEST_POSTGRES__: EmbeddedPostgresHandle | undefined;
}

/**
 * Jest global setup for projects with database tests: uses TEST_DATABASE_URL when set, otherwise
 * an embedded PostgreSQL that lives for this run; then builds the migrated template database.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env['TEST_DATABASE_URL']) {
    const dataDir = join(__dirname, '..', '..', '..', '..', 'tmp', `test-postgres-${process.pid}`);
    const server = await startEmbeddedPostgres({ dataDir, database: 'postgres_tests', ephemeral: true });
    globalThis.__SCE_TEST_POSTGRES__ = server;
    process.env['TEST_DATABASE_URL'] = server.url;
  }
  await ensureTemplateDatabase(process.env['TEST_DATABASE_URL']);
}
