import './register-paths';
import type { EmbeddedPostgresHandle } from '@sce/api-core';
import { dropOrphanedWorkerDatabases } from './lib/test-database';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __SCE_TEST_POSTGRES__?: EmbeddedPostgresHandle }).__SCE_TEST_POSTGRES__;
  if (server) {
    await server.stop();
    return;
  }
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) await dropOrphanedWorkerDatabases(serverUrl);
}
