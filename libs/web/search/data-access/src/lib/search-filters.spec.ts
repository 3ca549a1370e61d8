import type { SearchHit } from '@sce/shared-contracts';
import {
  emptySearchFilters,
  narrowSearch,
  searchFiltersFromParams,
  searchHitLink,
  searchParams,
  widenSearch,
} from './search-filters';

const PERSON = '0b8f3c52-6a51-4d7e-9c1a-2f4e5d6c7b8a';
const ORGANISATION = '5d2e7a10-3b4c-4f5e-8a6b-7c8d9e0f1a2b';

describe('search filters', () => {
  it('reads the filters of an address and ignores values it does not know', () => {
    expect(
      searchFiltersFromParams({
        q: 'gemeente',
        type: 'post',
        country: 'NL',
        community: ' identity ',
        from: '2026-01-01',
        to: 'yesterday',
      }),
    ).toEqual({
      q: 'gemeente',
      type: 'post',
      community: 'identity',
      country: 'NL',
      from: '2026-01-01',
      to: null,
      author: null,
      organisation: null,
      tag: null,
    });
    expect(searchFiltersFromParams({ type: 'user', country: 'FR' })).toEqual({
      q: '',
      type: null,
      community: null,
      country: null,
      from: null,
      to: null,
      author: null,
      organisation: null,
      tag: null,
    });
  });

  it('reads an author, organisation and tag, as the API takes them', () => {
    expect(
      searchFiltersFromParams({
        q: 'wallet',
        author: PERSON,
        organisation: ORGANISATION.toUpperCase(),
        tag: ' Open Data ',
      }),
    ).toEqual({
      ...emptySearchFilters,
      q: 'wallet',
      author: PERSON,
      organisation: ORGANISATION,
      tag: 'open data',
    });
    // Not an id, a tag too short, one with punctuation, a repeated parameter: ignored.
    expect(
      searchFiltersFromParams({
        q: 'wallet',
        author: 'pieter',
        organisation: ['a', 'b'],
        tag: 'x',
      }),
    ).toEqual({ ...emptySearchFilters, q: 'wallet' });
    expect(searchFiltersFromParams({ q: 'wallet', tag: 'e-id!' }).tag).toBe(
      null,
    );
    expect(searchFiltersFromParams({ q: 'wallet', tag: 'e-id' }).tag).toBe(
      'e-id',
    );
  });

  it('writes the filters back, removing the unset ones', () => {
    expect(
      searchParams({
        q: 'wallet',
        type: null,
        community: null,
        country: 'DE',
        from: null,
        to: '2026-02-01',
        author: PERSON,
        organisation: null,
        tag: 'eidas',
      }),
    ).toEqual({
      q: 'wallet',
      type: null,
      community: null,
      country: 'DE',
      from: null,
      to: '2026-02-01',
      author: PERSON,
      organisation: null,
      tag: 'eidas',
    });
  });

  it('maps filters to an address and back unchanged', () => {
    const filters = {
      q: 'digital identity',
      type: 'event' as const,
      community: 'identity',
      country: 'NL' as const,
      from: '2026-01-01',
      to: '2026-12-31',
      author: PERSON,
      organisation: ORGANISATION,
      tag: 'open data',
    };
    expect(searchFiltersFromParams(searchParams(filters))).toEqual(filters);
  });

  it('narrows a search to an author, organisation or tag and widens it again, keeping the rest', () => {
    const search = { ...emptySearchFilters, q: 'wallet', country: 'BE' as const };
    const byPerson = narrowSearch(search, 'author', PERSON);
    expect(byPerson).toEqual({ ...search, author: PERSON });
    const tagged = narrowSearch(byPerson, 'tag', 'eidas');
    expect(searchParams(tagged)).toMatchObject({
      q: 'wallet',
      country: 'BE',
      author: PERSON,
      tag: 'eidas',
    });
    expect(widenSearch(tagged, 'author')).toEqual({ ...search, tag: 'eidas' });
    // Removed from the address (null), not left as it was.
    expect(searchParams(widenSearch(tagged, 'tag'))['tag']).toBeNull();
    expect(search.author).toBeNull();
  });

  it('links each kind of result to its page, a post to its place in the thread', () => {
    expect(searchHitLink({ type: 'thread', id: 't1', threadId: null })).toEqual(
      { commands: ['/threads', 't1'], queryParams: null },
    );
    expect(searchHitLink({ type: 'post', id: 'p1', threadId: 't1' })).toEqual({
      commands: ['/threads', 't1'],
      queryParams: { post: 'p1' },
    });
    expect(
      searchHitLink({ type: 'event', id: 'e1', threadId: null }).commands,
    ).toEqual(['/events', 'e1']);
    expect(
      searchHitLink({ type: 'document', id: 'd1', threadId: null }).commands,
    ).toEqual(['/documents', 'd1']);
    expect(
      searchHitLink({ type: 'practice', id: 'r1', threadId: null }).commands,
    ).toEqual(['/practices', 'r1']);
  });
});
