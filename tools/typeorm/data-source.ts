/**
 * DataSource for the TypeORM CLI (generate, run, revert, drift check). Run through
 * `npm run typeorm -- <command>`; it reads DATABASE_URL, defaulting to the local server.
 */
import 'reflect-metadata';
import { AuditEntryEntity, RealtimeEventEntity, dataSourceOptions } from '@sce/api-core';
import { communitiesEntities } from '@sce/api-communities';
import { documentsEntities } from '@sce/api-documents';
import { eventsEntities } from '@sce/api-events';
import { moderationEntities } from '@sce/api-moderation';
import { notificationsEntities } from '@sce/api-notifications';
import { practicesEntities } from '@sce/api-practices';
import { identityEntities } from '@sce/api-identity';
import { threadsEntities } from '@sce/api-threads';
import { DataSource } from 'typeorm';

export const allEntities = [AuditEntryEntity, RealtimeEventEntity, ...identityEntities, ...communitiesEntities, ...threadsEntities, ...eventsEntities, ...documentsEntities, ...practicesEntities, ...moderationEntities, ...notificationsEntities];

export default new DataSource({
  ...dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/sce_migrations'),
  entities: allEntities,
});
