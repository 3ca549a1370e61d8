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

/** `YYYY-MM-DD` of today in the browser's time zone (for `<input type="date" min>`). */
export function todayIsoDate(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The instant a suspension "ending on" a date ends: the start of that day in the browser's
 * time zone, as ISO 8601. Null for an empty or malformed date.
 */
export function startOfDayIso(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return null;
  }
  const [, year, month, day] = match.map(Number);
  const start = new Date(year, month - 1, day);
  if (
    start.getFullYear() !== year ||
    start.getMonth() !== month - 1 ||
    start.getDate() !== day
  ) {
    return null;
  }
  return start.toISOString();
}
