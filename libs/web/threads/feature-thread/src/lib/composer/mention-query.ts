import type { TextEdit } from './markdown-edits';

/** An `@name` being typed: where its `@` is, where it ends, and the text to search for. */
export interface MentionQuery {
  /** The index of the `@`. */
  start: number;
  /** Just past the word the caret is in (what picking a person replaces). */
  end: number;
  /** What follows the `@` up to the caret. */
  query: string;
}

/** The API's mention syntax allows names of 1 to 60 characters without `]` or line breaks. */
const NAME_MAX = 60;
/** Enough for "Anne van der Berg" while ordinary sentences after an `@` stop matching. */
const WORDS_MAX = 4;
/** What may come right before the `@`: not a letter or digit, so `erik@example.org` is no mention. */
const BEFORE_AT = /[\s([{"'>*_~]/;
/** What a query may not contain: what ends a name, or what starts Markdown or another mention. */
const NOT_IN_QUERY = /[\n\r@[\]()`\\]/;

/**
 * The `@name` the caret is in or right after, once it has at least `minLength` characters
 * (the API's minimum): the `@` starts the text or follows a space or opening punctuation, the
 * name starts with no space, has at most four words and no brackets. Null otherwise — also
 * for an `@[Name](user:…)` that was already picked.
 */
export function findMentionQuery(
  text: string,
  caret: number,
  minLength = 2,
): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1 || (at > 0 && !BEFORE_AT.test(text[at - 1]))) {
    return null;
  }
  const query = before.slice(at + 1);
  if (
    query.trimEnd().length < minLength ||
    query.length > NAME_MAX ||
    /^\s/.test(query) ||
    /\s\s/.test(query) ||
    NOT_IN_QUERY.test(query) ||
    query.trim().split(' ').length > WORDS_MAX
  ) {
    return null;
  }
  let end = caret;
  while (
    end < text.length &&
    !/\s/.test(text[end]) &&
    !NOT_IN_QUERY.test(text[end])
  ) {
    end++;
  }
  return { start: at, end, query };
}

/** A display name as the mention syntax can hold it: no brackets, backslashes or line breaks. */
export function mentionLabel(displayName: string): string {
  return displayName
    .replace(/[[\]\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NAME_MAX);
}

/**
 * Replaces the `@query` with the API's mention of the person, `@[Display Name](user:<id>)`,
 * followed by a space (unless one follows already); the caret goes after that space.
 */
export function insertMention(
  text: string,
  mention: MentionQuery,
  person: { id: string; displayName: string },
): TextEdit {
  const token = `@[${mentionLabel(person.displayName)}](user:${person.id})`;
  const rest = text.slice(mention.end);
  const inserted = rest.startsWith(' ') ? token : `${token} `;
  const caret = mention.start + token.length + 1;
  return {
    text: text.slice(0, mention.start) + inserted + rest,
    start: caret,
    end: caret,
  };
}
