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
}

export const emptySearchFilters: SearchFilters = {
  q: '',
  type: null,
  community: null,
  country: null,
  from: null,
  to: null,
};

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

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
  };
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
