import type { MigrationInterface } from 'typeorm';
import { CreateCoreSchema1795734995466 } from './1795734995466-create-core-schema';
import { CreateSessions1795738064868 } from './1795738064868-create-sessions';

/**
 * Every migration, oldest first. Listed rather than globbed so the webpack bundle and Jest load
 * compiled classes, never raw TypeScript files.
 */
export const allMigrations: (new () => MigrationInterface)[] = [
  CreateCoreSchema1795734995466,
  CreateSessions1795738064868,
];
