import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import {
  defaultLanguage,
  isLanguage,
  languageLocales,
  type Language,
} from './language';
import type { Message, PluralMessage } from './message';
import type { TranslationKey } from './messages.en';
import {
  TRANSLATION_LOADERS,
  TRANSLATIONS,
  type Translations,
} from './translations';

export type TranslationParams = Readonly<Record<string, string | number>>;

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'sce.language';

/**
 * The interface language: a signal that templates read through the `t` pipe, so a switch
 * re-renders every text at once. The choice is stored in localStorage and set on `<html lang>`.
 * Languages other than English load on first use; a switch happens once their texts are in.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly translations = signal<Translations>({
    ...inject(TRANSLATIONS),
  });
  private readonly loaders = inject(TRANSLATION_LOADERS);
  private readonly loading = new Map<Language, Promise<void>>();
  private readonly current = signal<Language>(this.initialLanguage());
  private readonly pluralRules = new Map<Language, Intl.PluralRules>();

  readonly language = this.current.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.current();
    void this.ready();
  }

  /** Resolves once the current language's texts are loaded (the app waits for it at start-up). */
  ready(): Promise<void> {
    return this.load(this.current()).catch(() => undefined);
  }

  /**
   * Switches to the language: at once when its texts are at hand, otherwise once they have
   * loaded. Resolves when the switch is done; rejects (staying in the language it was) when the
   * texts cannot be loaded.
   */
  setLanguage(language: Language): Promise<void> {
    try {
      this.storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be full or disabled (private browsing); the choice then lasts for this visit.
    }
    const apply = () => {
      this.current.set(language);
      this.document.documentElement.lang = language;
    };
    if (this.isLoaded(language)) {
      apply();
      return Promise.resolve();
    }
    return this.load(language).then(apply);
  }

  isKey(key: string): key is TranslationKey {
    return Object.prototype.hasOwnProperty.call(this.translations().en, key);
  }

  /** The text for `key` in the current language, or in English when the language lacks it. */
  translate(key: TranslationKey, params?: TranslationParams): string {
    const language = this.current();
    const translations = this.translations();
    const message = translations[language]?.[key] ?? translations.en[key];
    if (message === undefined) {
      return key;
    }
    const text =
      typeof message === 'string'
        ? message
        : this.plural(message, language, params);
    return this.interpolate(text, language, params);
  }

  /** A date (ISO 8601 instant) formatted for the current language, e.g. "3 Nov 2026". */
  formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return iso;
    }
    return new Intl.DateTimeFormat(languageLocales[this.current()], {
      dateStyle: 'medium',
    }).format(date);
  }

  private plural(
    message: PluralMessage,
    language: Language,
    params?: TranslationParams,
  ): string {
    const count = Number(params?.['count'] ?? 0);
    let rules = this.pluralRules.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(languageLocales[language]);
      this.pluralRules.set(language, rules);
    }
    return rules.select(count) === 'one' ? message.one : message.other;
  }

  private interpolate(
    text: string,
    language: Language,
    params?: TranslationParams,
  ): string {
    if (!params) {
      return text;
    }
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) {
        return placeholder;
      }
      return typeof value === 'number'
        ? new Intl.NumberFormat(languageLocales[language]).format(value)
        : value;
    });
  }

  /** Loads a language's texts once; a failed load (offline) rejects, leaves English and may be retried. */
  private load(language: Language): Promise<void> {
    const loader = language === 'en' ? undefined : this.loaders[language];
    if (!loader || this.isLoaded(language)) {
      return Promise.resolve();
    }
    let pending = this.loading.get(language);
    if (!pending) {
      pending = loader().then(
        (messages: Partial<Record<TranslationKey, Message>>) =>
          this.translations.update((t) => ({ ...t, [language]: messages })),
        (error: unknown) => {
          this.loading.delete(language);
          throw error;
        },
      );
      this.loading.set(language, pending);
    }
    return pending;
  }

  private isLoaded(language: Language): boolean {
    if (language === 'en') {
      return true;
    }
    return (
      this.translations()[language] !== undefined ||
      this.loaders[language] === undefined
    );
  }

  private initialLanguage(): Language {
    let stored: string | null = null;
    try {
      stored = this.storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      stored = null;
    }
    if (isLanguage(stored)) {
      return stored;
    }
    const preferred = this.document.defaultView?.navigator.language
      .slice(0, 2)
      .toLowerCase();
    return isLanguage(preferred) ? preferred : defaultLanguage;
  }

  private storage(): Storage | undefined {
    return this.document.defaultView?.localStorage;
  }
}
