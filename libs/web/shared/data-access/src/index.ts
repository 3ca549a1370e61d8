export * from './lib/i18n/language';
export type { Message, PluralMessage } from './lib/i18n/message';
export { en, type TranslationKey } from './lib/i18n/messages.en';
export {
  TRANSLATION_LOADERS,
  TRANSLATIONS,
  type Translations,
} from './lib/i18n/translations';
export * from './lib/i18n/i18n.service';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/localized-title.strategy';
export * from './lib/i18n/provide-i18n';
export * from './lib/http/api-base-url';
export * from './lib/http/problem';
export * from './lib/http/keyset-list';
export * from './lib/a11y/announcer';
export * from './lib/forms/form-problems';
export * from './lib/realtime/realtime-status';
