import type { FieldError } from '@sce/shared-contracts';
import {
  problemOf,
  type I18nService,
  type TranslationKey,
} from '@sce/web-shared-data-access';

/** What to tell the admin when an action failed: a translation key, or the API's own words. */
export type FailureMessage =
  { key: TranslationKey; params?: Record<string, string> } | { text: string };

/**
 * Our text for a failed admin call: the usual problems (no connection, not allowed, gone,
 * changed meanwhile) in the interface language; anything else in the API's `detail`.
 */
export function failureMessage(error: unknown): FailureMessage {
  const problem = problemOf(error);
  if (problem === null) {
    return { key: 'admin.error.failed' };
  }
  switch (problem.status) {
    case 401:
      return { key: 'admin.error.signedOut' };
    case 403:
      return { key: 'admin.error.forbidden' };
    case 404:
      return { key: 'admin.error.notFound' };
    case 409:
      return { key: 'admin.error.conflict' };
    default:
      return { text: problem.detail };
  }
}

/**
 * The field errors of a 400 problem, by field name without the `body.`/`query.` prefix
 * (`emailDomains.2` stays as it is). Empty when there are none.
 */
export function fieldErrorsOf(
  error: unknown,
  prefix: 'body' | 'query',
): Map<string, FieldError> {
  const problem = problemOf(error);
  const errors = new Map<string, FieldError>();
  for (const fieldError of problem?.errors ?? []) {
    if (fieldError.field.startsWith(`${prefix}.`)) {
      const name = fieldError.field.slice(prefix.length + 1);
      if (!errors.has(name)) {
        errors.set(name, fieldError);
      }
    }
  }
  return errors;
}

/** The failure as text in the current language (reactive when read in a computed). */
export function failureText(
  failure: FailureMessage | null,
  i18n: I18nService,
): string | null {
  if (failure === null) {
    return null;
  }
  return 'key' in failure
    ? i18n.translate(failure.key, failure.params)
    : failure.text;
}
