import { Injectable, inject } from '@angular/core';
import type { AuditEntry } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { AdminApi, type AuditFilter } from './admin.api';

/** Actions the API records in the audit log today; others are shown by their code. */
export const knownAuditActions = [
  'user.approved',
  'user.role-changed',
  'user.suspended',
  'user.reactivated',
  'user.suspension-ended',
  'organisation.created',
  'organisation.updated',
  'access-token.created',
  'access-token.revoked',
] as const;
export type KnownAuditAction = (typeof knownAuditActions)[number];

export const knownAuditTargetTypes = [
  'user',
  'organisation',
  'access-token',
] as const;
export type KnownAuditTargetType = (typeof knownAuditTargetTypes)[number];

export function isKnownAuditAction(action: string): action is KnownAuditAction {
  return (knownAuditActions as readonly string[]).includes(action);
}

export function isKnownAuditTargetType(
  type: string,
): type is KnownAuditTargetType {
  return (knownAuditTargetTypes as readonly string[]).includes(type);
}

/** The audit log, newest first, filtered (read-only). Provide it at the route. */
@Injectable()
export class AuditStore {
  private readonly api = inject(AdminApi);

  readonly list = new KeysetList<AuditEntry, AuditFilter>((filter, cursor) =>
    this.api.audit(filter, cursor),
  );
}
