import type { AuditEntry } from '@sce/shared-contracts';
import {
  flagStateKeys,
  flagTargetKeys,
  isFlagState,
} from '@sce/web-moderation-data-access';
import type { I18nService, TranslationKey } from '@sce/web-shared-data-access';

/** One line of an entry's details, e.g. "Moved: Open Data → Digital Identity". */
export interface DetailLine {
  label: string;
  value: string;
}

/** Our words for details moderation actions are recorded with; others keep their own name. */
const labelKeys: Readonly<Record<string, TranslationKey>> = {
  pinned: 'moderation.audit.detail.pinned',
  locked: 'moderation.audit.detail.locked',
  seconds: 'moderation.audit.detail.seconds',
  state: 'moderation.audit.detail.state',
  assigneeId: 'moderation.audit.detail.assignee',
  internalNote: 'moderation.audit.detail.internalNote',
  target: 'moderation.audit.detail.target',
  postId: 'moderation.audit.detail.post',
};

/**
 * What an entry's reason and details say, in words: a move as "from → to" with community names
 * where they are known, pinned and locked as yes or no, slow mode in seconds or "off", a flag's
 * state in words. The thread id of a post's entry becomes its link, not a line.
 */
export function describeAuditDetails(
  entry: AuditEntry,
  i18n: I18nService,
  communityName: (id: string) => string | null,
  you: string | null,
): DetailLine[] {
  const lines: DetailLine[] = [];
  if (entry.reason) {
    lines.push({ label: i18n.translate('moderation.audit.detail.reason'), value: entry.reason });
  }
  const details = { ...entry.details };
  delete details['threadId'];
  if (entry.action === 'thread.moved') {
    const name = (value: unknown) =>
      typeof value === 'string' ? (communityName(value) ?? value) : text(value);
    lines.push({
      label: i18n.translate('moderation.audit.detail.moved'),
      value: `${name(details['from'])} → ${name(details['to'])}`,
    });
    delete details['from'];
    delete details['to'];
  }
  for (const [name, value] of Object.entries(details)) {
    if (value === undefined) {
      continue;
    }
    const key = labelKeys[name];
    lines.push({
      label: key ? i18n.translate(key) : name,
      value: valueText(name, value, i18n, you),
    });
  }
  return lines;
}

function valueText(name: string, value: unknown, i18n: I18nService, you: string | null): string {
  if (typeof value === 'boolean') {
    return i18n.translate(value ? 'moderation.audit.yes' : 'moderation.audit.no');
  }
  if (name === 'seconds' && typeof value === 'number') {
    return value === 0
      ? i18n.translate('moderation.slowMode.off')
      : i18n.translate('moderation.audit.detail.secondsValue', { count: value });
  }
  if (name === 'state' && isFlagState(value)) {
    return i18n.translate(flagStateKeys[value]);
  }
  if (name === 'target' && typeof value === 'string') {
    // A flag's target as "post:<id>": the kind in words and the start of the id.
    const [type, id] = value.split(':');
    if (id && type in flagTargetKeys) {
      const key = flagTargetKeys[type as keyof typeof flagTargetKeys];
      return `${i18n.translate(key)} ${id.length > 13 ? `${id.slice(0, 8)}…` : id}`;
    }
  }
  if (name === 'assigneeId') {
    if (value === null) {
      return i18n.translate('moderation.flags.nobody');
    }
    if (value === you) {
      return i18n.translate('moderation.flags.you');
    }
  }
  return text(value);
}

function text(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map(text).join(', ');
  }
  if (value === null || value === undefined) {
    return '—';
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
