import { decodeCursor, encodeCursor, keysetPage } from './keyset-cursor';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    expect(decodeCursor(encodeCursor(['Open Data', 'b6f1']), 2)).toEqual(['Open Data', 'b6f1']);
  });

  it.each(['nonsense', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url')])('refuses %s with a 400 on query.cursor', (cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(expect.objectContaining({ status: 400, errors: [{ field: 'query.cursor', message: 'is not a cursor returned by this list' }] }));
  });

  it('pages limit + 1 rows', () => {
    const rows = [{ n: 'a' }, { n: 'b' }, { n: 'c' }];
    const more = keysetPage(rows, 2, (r) => [r.n], (r) => r.n.toUpperCase());
    expect(more.items).toEqual(['A', 'B']);
    expect(decodeCursor(more.nextCursor ?? '', 1)).toEqual(['b']);
    expect(keysetPage(rows.slice(0, 2), 2, (r) => [r.n], (r) => r.n)).toEqual({ items: ['a', 'b'], nextCursor: null });
  });
});
