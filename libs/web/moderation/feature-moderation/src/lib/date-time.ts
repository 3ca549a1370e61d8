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
