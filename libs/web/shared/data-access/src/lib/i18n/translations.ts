import { InjectionToken } from '@angular/core';
import type { Language } from './language';
import type { Message } from './message';
import { en, type TranslationKey } from './messages.en';
import { nl } from './messages.nl';

/** English must be complete; any other language may lack keys, which then fall back to English. */
export type Translations = { en: Record<TranslationKey, Message> } & Partial<
  Record<Exclude<Language, 'en'>, Partial<Record<TranslationKey, Message>>>
>;

export const TRANSLATIONS = new InjectionToken<Translations>('TRANSLATIONS', {
  providedIn: 'root',
  factory: () => ({ en, nl }),
});
