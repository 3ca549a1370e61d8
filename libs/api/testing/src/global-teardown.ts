import './register-paths';
import type { EmbeddedPostgresHandle } from '@sce/api-core';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __SCE_TEST_POSTGRES__?: EmbeddedPostgresHandle }).__SCE_TEST_POSTGRES__;
  await server?.stop();
}
