import { Injectable } from '@nestjs/common';
import { type Viewer, decodeCursor, encodeCursor } from '@sce/api-core';
import { communityReadScope } from '@sce/api-communities';
import { visibleTo } from '@sce/api-practices';
import { type SearchQuery, type SearchResult, type SearchSuggestions, searchRange } from '@sce/shared-contracts';
import { CANDIDATES_PER_TYPE, SearchRepository } from './search.repository';
import { toSearchHit } from './search.mapper';

/** Titles are compared by trigram similarity only for queries this long or longer, without search operators. */
const TRIGRAM_MIN_LENGTH = 5;
const OPERATORS = /"|(^|\s)-\S|\sor\s/i;
const SUGGESTIONS = { titles: 8, people: 5, communities: 5 };

/** The text titles are compared with, or null when the query is short or uses operators. */
export function trigramText(q: string): string | null {
  return q.length >= TRIGRAM_MIN_LENGTH && !OPERATORS.test(q) ? q : null;
}

/**
 * Search across threads, posts, events, documents and practices. Who may read what comes from the
 * domains' own rules: `communityReadScope` (communities) and `visibleTo` (practices); hidden,
 * deleted and unapproved posts and threads never take part.
 */
@Injectable()
export class SearchService {
  constructor(private readonly search: SearchRepository) {}

  async find(viewer: Viewer | null, query: SearchQuery): Promise<SearchResult> {
    // The cursor holds the score and id of the last hit, and the instant scores were computed for,
    // so every page ranks by the same recency.
    const after = query.cursor ? decodeCursor(query.cursor, ['number', 'uuid', 'number']) : null;
    const asOf = after ? new Date(Number(after[2])) : new Date();
    const { query: prepared, communityIds } = await this.search.prepare(query.q, communityReadScope(viewer), query.community);
    const trigram = trigramText(query.q);
    if (prepared.any === null && trigram === null) return { items: [], nextCursor: null, facets: { type: [], community: [], country: [] }, total: 0, totalCapped: false };
    const range = searchRange(query);
    const found = await this.search.hits(
      prepared,
      trigram,
      { communityIds, communityFiltered: query.community !== undefined, practicesVisible: visibleTo(viewer, 'pr') },
      { type: query.type, country: query.country, authorId: query.author, organisationId: query.organisation, tag: query.tag, from: range.from, to: range.to },
      asOf,
      after ? { score: Number(after[0]), id: String(after[1]) } : null,
      query.limit + 1,
    );
    const shown = found.page.slice(0, query.limit);
    const details = new Map((await this.search.details(prepared, shown)).map((d) => [`${d.type}:${d.id}`, d]));
    const last = shown[shown.length - 1];
    return {
      items: shown.flatMap((hit) => {
        const detail = details.get(`${hit.type}:${hit.id}`);
        return detail ? [toSearchHit(detail, hit.score)] : [];
      }),
      nextCursor: found.page.length > query.limit && last ? encodeCursor([last.score, last.id, asOf.getTime()]) : null,
      facets: {
        type: found.facets.type.map((f) => ({ ...f, label: f.value })),
        community: found.facets.community,
        country: found.facets.country.map((f) => ({ ...f, label: f.value })),
      },
      total: found.total,
      totalCapped: found.facets.type.some((f) => f.count >= CANDIDATES_PER_TYPE),
    };
  }

  async suggest(viewer: Viewer | null, q: string): Promise<SearchSuggestions> {
    // One letter matches too much to be a suggestion.
    if ([...q].length < 2) return { titles: [], people: [], communities: [] };
    const communityIds = await this.search.readableCommunities(communityReadScope(viewer));
    const [titles, people, communities] = await Promise.all([
      this.search.suggestTitles(q, { communityIds, practicesVisible: visibleTo(viewer, 'pr') }, SUGGESTIONS.titles),
      viewer ? this.search.suggestPeople(q, SUGGESTIONS.people) : Promise.resolve([]),
      this.search.suggestCommunities(q, communityIds, SUGGESTIONS.communities),
    ]);
    return { titles, people, communities };
  }
}
