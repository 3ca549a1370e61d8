import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { type AppConfig, CoreModule, configureHttpApp, loadConfig } from '@sce/api-core';
import { IdentityModule } from '@sce/api-identity';
import { DataSource } from 'typeorm';
import { createWorkerDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** The HTTP server, for supertest. */
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  close(): Promise<void>;
}

let workerDatabase: Promise<string> | undefined;

/** This worker's own copy of the migrated template, made once per worker. */
export function workerDatabaseUrl(): Promise<string> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run database tests through Jest with the api-testing global setup.');
  const name = `sce_test_${process.env['JEST_WORKER_ID'] ?? '0'}_${process.pid}`;
  // Dropped by the global teardown (or the next run's) once this worker has gone.
  workerDatabase ??= createWorkerDatabase(serverUrl, name);
  return workerDatabase;
}

/**
 * The API as production wires it (config, logs, errors, HTTP setup, authentication), with the
 * given domain modules, on this worker's database.
 */
export async function createTestApp(imports: (Type | DynamicModule)[], env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: await workerDatabaseUrl(),
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
    COOKIE_SECRET: 'test-cookie-secret-that-is-long-enough-0123456789',
    SEED_DEMO_DATA: 'false',
    WEB_DIST_DIR: 'tmp/no-web-build',
    // Tests sign in far more often than people; the rate-limit test sets its own limits.
    AUTH_RATE_LIMIT_PER_IP: '10000',
    AUTH_RATE_LIMIT_PER_ACCOUNT: '10000',
    // Tests read their own writes as visitors at once; the anonymous-cache test turns it on.
    ANONYMOUS_CACHE_MS: '0',
    // Uploads of this worker, outside the repository.
    STORAGE_DIR: join(tmpdir(), `sce-test-uploads-${process.pid}`),
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(config), IdentityModule, ...imports.filter((m) => m !== IdentityModule)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureHttpApp(app, config);
  await app.init();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    http: app.getHttpServer(),
    close: () => app.close(),
  };
}
