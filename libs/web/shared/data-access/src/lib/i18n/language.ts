/** Languages the interface is translated into. English is complete and the fallback. */
export const languages = ['en', 'nl'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'en';

/** Each language's name in that language, as shown in the language switcher. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  nl: 'Nederlands',
};

/** The locale used for dates and numbers in each language. */
export const languageLocales: Record<Language, string> = {
  en: 'en-GB',
  nl: 'nl-NL',
};

export function isLanguage(value: unknown): value is Language {
  return (
    typeof value === 'string' &&
    (languages as readonly string[]).includes(value)
  );
}
