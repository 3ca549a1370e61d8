import { problemOf, type TranslationKey } from '@sce/web-shared-data-access';

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
    default:
      return 'threads.error.failed';
  }
}
