import { problemOf, type TranslationKey } from '@sce/web-shared-data-access';

/** Our text for a failed moderation action. */
export function moderationFailureKey(error: unknown): TranslationKey {
  const problem = problemOf(error);
  if (problem === null) {
    return 'moderation.error.network';
  }
  switch (problem.status) {
    case 400:
      return 'moderation.error.invalid';
    case 401:
      return 'moderation.error.signedOut';
    case 403:
      return 'moderation.error.forbidden';
    case 404:
      return 'moderation.error.gone';
    case 409:
      return problem.code === 'ALREADY_FLAGGED'
        ? 'moderation.error.alreadyFlagged'
        : 'moderation.error.conflict';
    case 429:
      return 'moderation.error.tooMany';
    default:
      return 'moderation.error.failed';
  }
}
