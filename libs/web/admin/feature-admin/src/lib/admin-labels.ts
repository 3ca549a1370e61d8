import type { UserStatus } from '@sce/shared-contracts';
import type {
  KnownAuditAction,
  KnownAuditTargetType,
} from '@sce/web-admin-data-access';
import {
  languageLocales,
  type Language,
  type TranslationKey,
} from '@sce/web-shared-data-access';

export const statusKeys: Readonly<Record<UserStatus, TranslationKey>> = {
  pending: 'admin.status.pending',
  active: 'admin.status.active',
  suspended: 'admin.status.suspended',
  deleted: 'admin.status.deleted',
};

export const auditActionKeys: Readonly<
  Record<KnownAuditAction, TranslationKey>
> = {
  'user.approved': 'admin.audit.action.user.approved',
  'user.role-changed': 'admin.audit.action.user.role-changed',
  'user.suspended': 'admin.audit.action.user.suspended',
  'user.reactivated': 'admin.audit.action.user.reactivated',
  'user.suspension-ended': 'admin.audit.action.user.suspension-ended',
  'organisation.created': 'admin.audit.action.organisation.created',
  'organisation.updated': 'admin.audit.action.organisation.updated',
  'access-token.created': 'admin.audit.action.access-token.created',
  'access-token.revoked': 'admin.audit.action.access-token.revoked',
};

export const auditTargetTypeKeys: Readonly<
  Record<KnownAuditTargetType, TranslationKey>
> = {
  user: 'admin.audit.targetType.user',
  organisation: 'admin.audit.targetType.organisation',
  'access-token': 'admin.audit.targetType.access-token',
};

/** A date and time in the interface language, e.g. "3 Nov 2026, 14:05". */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(languageLocales[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
