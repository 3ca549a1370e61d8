import { allMigrations } from '@sce/migrations';
import type { DataSourceOptions } from 'typeorm';

/**
 * Options shared by the app, the tests and the TypeORM CLI, so generated migrations match what
 * runs. UUIDs come from PostgreSQL's built-in gen_random_uuid(): no extension to install.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrations: allMigrations,
    migrationsTableName: 'migrations',
  };
}
