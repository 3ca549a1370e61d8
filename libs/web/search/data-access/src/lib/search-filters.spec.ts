import {
  searchFiltersFromParams,
  searchHitLink,
  searchParams,
} from './search-filters';

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
    });
    expect(searchFiltersFromParams({ type: 'user', country: 'FR' })).toEqual({
      q: '',
      type: null,
      community: null,
      country: null,
      from: null,
      to: null,
    });
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
      }),
    ).toEqual({
      q: 'wallet',
      type: null,
      community: null,
      country: 'DE',
      from: null,
      to: '2026-02-01',
    });
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
