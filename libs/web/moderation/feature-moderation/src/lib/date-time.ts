import { languageLocales, type I18nService } from '@sce/web-shared-data-access';

/** "3 Nov 2026, 14:05" in the interface language (the viewer's time zone). */
export function formatDateTime(i18n: I18nService, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(languageLocales[i18n.language()], {
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
