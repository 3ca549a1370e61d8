import { HttpErrorResponse } from '@angular/common/http';
import {
  problemOf,
  type I18nService,
  type TranslationKey,
} from '@sce/web-shared-data-access';

/** Our text for a failed action on a thread or post. */
export function failureKey(error: unknown): TranslationKey {
  const problem = problemOf(error);
  if (problem === null) {
    return 'threads.error.network';
  }
  switch (problem.status) {
    case 400:
      return problem.errors?.some((e) => e.field === 'body.parentId')
        ? 'threads.error.parentGone'
        : problem.errors?.some((e) => e.field === 'body.body')
          ? 'composer.error.rejected'
          : 'threads.error.failed';
    case 401:
      return 'threads.error.signedOut';
    case 403:
      return problem.code === 'NOT_A_MEMBER'
        ? 'threads.error.notMember'
        : 'threads.error.forbidden';
    case 404:
      return 'threads.error.gone';
    case 409:
      return problem.code === 'THREAD_LOCKED'
        ? 'threads.error.locked'
        : 'threads.error.conflict';
    case 429:
      return problem.code === 'SLOW_MODE'
        ? 'threads.error.slowMode'
        : 'threads.error.failed';
    default:
      return 'threads.error.failed';
  }
}

/**
 * Our text for a post the composer could not send: as `failureKey`, and for slow mode how long
 * to wait (the API's Retry-After, in seconds) when the API said.
 */
export function composerFailure(error: unknown, i18n: I18nService): string {
  const problem = problemOf(error);
  if (problem?.status === 429 && problem.code === 'SLOW_MODE' && error instanceof HttpErrorResponse) {
    const seconds = Number(error.headers.get('Retry-After'));
    if (Number.isInteger(seconds) && seconds > 0) {
      return i18n.translate('threads.error.slowModeWait', { count: seconds });
    }
  }
  return i18n.translate(failureKey(error));
}
