import type { Params } from '@angular/router';
import type { CountryCode, SearchHit, SearchType } from '@sce/shared-contracts';

/** The kinds of result, in the order the page offers them (copied: contracts values carry zod). */
export const searchTypeValues: readonly SearchType[] = [
  'thread',
  'post',
  'event',
  'document',
  'practice',
];

/** The longest query the API takes (`SEARCH_QUERY_MAX` of the contracts). */
export const SEARCH_QUERY_MAX_LENGTH = 300;

/** The countries a result can be filtered by. */
export const searchCountryValues: readonly CountryCode[] = [
  'GB',
  'NL',
  'BE',
  'DE',
  'DK',
  'SE',
  'NO',
];

/** What the results page searches for: the query and its filters, as in its address. */
export interface SearchFilters {
  q: string;
  type: SearchType | null;
  /** A community's slug. */
  community: string | null;
  country: CountryCode | null;
  /** Dates (2026-03-01); `to` includes that day. */
  from: string | null;
  to: string | null;
  /** A person's id: what they wrote, organise or own. */
  author: string | null;
  /** An organisation's id: what its people wrote, and its practices. */
  organisation: string | null;
  /** A tag, in lower case. */
  tag: string | null;
}

export const emptySearchFilters: SearchFilters = {
  q: '',
  type: null,
  community: null,
  country: null,
  from: null,
  to: null,
  author: null,
  organisation: null,
  tag: null,
};

/**
 * The filters a result narrows the search to (its author, organisation or a tag), shown as
 * removable chips rather than in the filter form.
 */
export type SearchRefinement = 'author' | 'organisation' | 'tag';

export const searchRefinements: readonly SearchRefinement[] = [
  'author',
  'organisation',
  'tag',
];

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** An id as the API takes it (zod's `z.uuid()`: versions 1 to 8, the RFC variant). */
const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const id = (value: unknown): string | null =>
  typeof value === 'string' && UUID.test(value.trim())
    ? value.trim().toLowerCase()
    : null;

/** A tag as the contracts' `tagSchema` takes it (copied: contracts values carry zod). */
const TAG = /^[\p{Ll}\p{N}]+(?:[ -][\p{Ll}\p{N}]+)*$/u;

const tag = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const normal = value.trim().toLowerCase();
  return normal.length >= 2 && normal.length <= 40 && TAG.test(normal)
    ? normal
    : null;
};

/** The filters of a `/search?…` address; unknown values are ignored. */
export function searchFiltersFromParams(params: Params): SearchFilters {
  const type = params['type'];
  const country = params['country'];
  return {
    q: typeof params['q'] === 'string' ? params['q'] : '',
    type: searchTypeValues.includes(type as SearchType)
      ? (type as SearchType)
      : null,
    community: text(params['community']),
    country: searchCountryValues.includes(country as CountryCode)
      ? (country as CountryCode)
      : null,
    from: isDate(params['from']) ? params['from'] : null,
    to: isDate(params['to']) ? params['to'] : null,
    author: id(params['author']),
    organisation: id(params['organisation']),
    tag: tag(params['tag']),
  };
}

/** The query parameters of `/search` for these filters (unset ones are removed from the address). */
export function searchParams(filters: SearchFilters): Params {
  return {
    q: filters.q.trim() === '' ? null : filters.q,
    type: filters.type,
    community: filters.community,
    country: filters.country,
    from: filters.from,
    to: filters.to,
    author: filters.author,
    organisation: filters.organisation,
    tag: filters.tag,
  };
}

/** The same search (query and other filters kept) narrowed to one author, organisation or tag. */
export function narrowSearch(
  filters: SearchFilters,
  refinement: SearchRefinement,
  value: string,
): SearchFilters {
  return { ...filters, [refinement]: value };
}

/** The same search without one author, organisation or tag filter. */
export function widenSearch(
  filters: SearchFilters,
  refinement: SearchRefinement,
): SearchFilters {
  return { ...filters, [refinement]: null };
}

/** Where a result leads: router commands and query parameters. */
export interface SearchLink {
  commands: string[];
  queryParams: Params | null;
}

/** The page of a result: a post opens its thread at the post. */
export function searchHitLink(
  hit: Pick<SearchHit, 'type' | 'id' | 'threadId'>,
): SearchLink {
  switch (hit.type) {
    case 'thread':
      return { commands: ['/threads', hit.id], queryParams: null };
    case 'post':
      return {
        commands: ['/threads', hit.threadId ?? ''],
        queryParams: { post: hit.id },
      };
    case 'event':
      return { commands: ['/events', hit.id], queryParams: null };
    case 'document':
      return { commands: ['/documents', hit.id], queryParams: null };
    case 'practice':
      return { commands: ['/practices', hit.id], queryParams: null };
  }
}
