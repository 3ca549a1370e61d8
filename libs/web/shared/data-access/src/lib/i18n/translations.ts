import { InjectionToken } from '@angular/core';
import type { Language } from './language';
import type { Message } from './message';
import { en, type TranslationKey } from './messages.en';

/** English must be complete; any other language may lack keys, which then fall back to English. */
export type Translations = { en: Record<TranslationKey, Message> } & Partial<
  Record<Exclude<Language, 'en'>, Partial<Record<TranslationKey, Message>>>
>;

/** The texts at hand from the start: English, which every page needs as the fallback. */
export const TRANSLATIONS = new InjectionToken<Translations>('TRANSLATIONS', {
  providedIn: 'root',
  factory: () => ({ en }),
});

export type TranslationLoaders = Partial<
  Record<
    Exclude<Language, 'en'>,
    () => Promise<Partial<Record<TranslationKey, Message>>>
  >
>;

/**
 * Other languages load when first chosen (a separate chunk each), so the first page does not
 * carry every language's texts.
 */
export const TRANSLATION_LOADERS = new InjectionToken<TranslationLoaders>(
  'TRANSLATION_LOADERS',
  {
    providedIn: 'root',
    factory: () => ({
      nl: () => import('./messages.nl').then((m) => m.nl),
    }),
  },
);
