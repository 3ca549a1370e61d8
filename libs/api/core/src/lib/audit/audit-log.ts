import { Global, Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/** Writes audit entries inside the caller's transaction, so an action and its record commit together. */
@Injectable()
export class AuditLog {
  async record(tx: EntityManager, entry: AuditRecord): Promise<void> {
    await tx.save(tx.create(AuditEntryEntity, { ...entry, reason: entry.reason ?? null, details: entry.details ?? {} }));
  }
}

@Global()
@Module({ imports: [TypeOrmModule.forFeature([AuditEntryEntity])], providers: [AuditLog], exports: [AuditLog, TypeOrmModule] })
export class AuditModule {}
