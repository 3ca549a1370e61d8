import { z } from 'zod';
import type { PersonRef } from '../communities/community.schemas';
import { type CountryCode, countryCodeSchema, type Language } from '../identity/identity.enums';
import { tagSchema } from '../threads/thread.schemas';

export const searchTypes = ['thread', 'post', 'event', 'document', 'practice'] as const;
export const searchTypeSchema = z.enum(searchTypes, { message: `must be one of ${searchTypes.join(', ')}` });
export type SearchType = z.infer<typeof searchTypeSchema>;

export const SEARCH_QUERY_MAX = 300;
export const SUGGEST_QUERY_MAX = 100;

/** Control characters (NUL included) become spaces; runs of white space become one. */
export const cleanSearchText = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const searchText = (max: number) =>
  z
    .string({ message: 'must be text' })
    .max(max, { message: `must be at most ${max} characters long` })
    .transform(cleanSearchText)
    .pipe(z.string().min(1, { message: 'must contain something to search for' }));

const dateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'must be a date such as 2026-03-01 or an instant such as 2026-03-01T00:00:00Z' });

/**
 * GET /api/search. `q` takes web-search syntax: words (all must match), "quoted phrases",
 * -excluded words and `or`. `from` and `to` bound each item's date (a date `to` includes that day).
 */
export const searchQuerySchema = z
  .object({
    q: searchText(SEARCH_QUERY_MAX),
    type: searchTypeSchema.optional(),
    /** A community's slug. */
    community: z.string().trim().min(1, { message: 'must be the slug of a community' }).max(60, { message: 'must be the slug of a community' }).optional(),
    country: countryCodeSchema.optional(),
    /** A person's id: what they wrote, organise or own. */
    author: z.uuid({ message: 'must be a person id' }).optional(),
    /** An organisation's id: what its people wrote, and its practices. */
    organisation: z.uuid({ message: 'must be an organisation id' }).optional(),
    tag: tagSchema.optional(),
    from: dateOrInstant.optional(),
    to: dateOrInstant.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine(
    (q) => {
      const range = searchRange(q);
      return !range.from || !range.to || range.from <= range.to;
    },
    { message: 'must not be before from', path: ['to'] },
  );
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The instants a query's `from` and `to` stand for: a date `to` runs to the end of that day (UTC). */
export function searchRange(q: { from?: string; to?: string }): { from: Date | null; to: Date | null } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return {
    from: q.from ? new Date(day.test(q.from) ? `${q.from}T00:00:00Z` : q.from) : null,
    to: q.to ? new Date(day.test(q.to) ? Date.parse(`${q.to}T00:00:00Z`) + 86_400_000 - 1 : Date.parse(q.to)) : null,
  };
}

/** One result. */
export interface SearchHit {
  type: SearchType;
  id: string;
  /** A post shows its thread's title. */
  title: string;
  /**
   * The passage that matched, as HTML: the text is escaped and the only elements are `<mark>`
   * around matched words, so it is safe to insert as HTML.
   */
  snippetHtml: string;
  language: Language;
  /** Threads: last activity; posts: written; events: start; documents and practices: last change. */
  date: string;
  /** Null for practices (they belong to an organisation). */
  community: { slug: string; name: string } | null;
  /** Who wrote it, organises the event or shared the document or practice. */
  author: PersonRef | null;
  organisation: { id: string; name: string; country: CountryCode } | null;
  /** Posts: the thread and the post's number in it, to link to the post. */
  threadId: string | null;
  postNumber: number | null;
  /** Threads and documents: their tags; posts: their thread's (what the `tag` filter matches); others: none. */
  tags: string[];
  /** Relevance with recency (higher first); only comparable within one search. */
  score: number;
}

export interface SearchFacetValue<V extends string = string> {
  value: V;
  /** What to show: a community's name, a type or country code as is. */
  label: string;
  count: number;
}

export interface SearchResult {
  items: SearchHit[];
  nextCursor: string | null;
  /**
   * Counts of what the caller may read. `type` counts every type (the `type` filter aside, so it can
   * drive tabs); `community` and `country` count within the chosen type.
   */
  facets: { type: SearchFacetValue<SearchType>[]; community: SearchFacetValue[]; country: SearchFacetValue<CountryCode>[] };
  total: number;
  /**
   * True when a very common query stopped counting at the most recent matches of some type: the
   * results are the best of those, and the counts are lower bounds.
   */
  totalCapped: boolean;
}

/** GET /api/search/suggest: what to offer while someone types. */
export const searchSuggestQuerySchema = z.object({ q: searchText(SUGGEST_QUERY_MAX) });
export type SearchSuggestQuery = z.infer<typeof searchSuggestQuerySchema>;

export interface SearchSuggestions {
  /** Threads, events, documents and practices whose title matches (prefixes and typos too). */
  titles: { type: Exclude<SearchType, 'post'>; id: string; title: string }[];
  /** People by name: for signed-in people only, like the people picker. */
  people: { id: string; displayName: string; organisationName: string }[];
  communities: { slug: string; name: string }[];
}
