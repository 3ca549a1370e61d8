import type { Language, ReactionKind, ThreadKind } from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

export const threadKindKeys: Readonly<Record<ThreadKind, TranslationKey>> = {
  discussion: 'threads.kind.discussion',
  question: 'threads.kind.question',
  research: 'threads.kind.research',
  practice: 'threads.kind.practice',
};

export const reactionKeys: Readonly<Record<ReactionKind, TranslationKey>> = {
  like: 'threads.reaction.like',
  thanks: 'threads.reaction.thanks',
  insightful: 'threads.reaction.insightful',
  agree: 'threads.reaction.agree',
  curious: 'threads.reaction.curious',
};

/** Each content language's name in that language. */
export const contentLanguageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  da: 'Dansk',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
};
