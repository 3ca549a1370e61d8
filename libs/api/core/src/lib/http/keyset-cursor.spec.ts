import { decodeCursor, encodeCursor, keysetPage } from './keyset-cursor';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    expect(decodeCursor(encodeCursor(['Open Data', 'b6f1']), ['string', 'string'])).toEqual(['Open Data', 'b6f1']);
  });

  it.each(['nonsense', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url')])('refuses %s with a 400 on query.cursor', (cursor) => {
    expect(() => decodeCursor(cursor, ['string', 'uuid'])).toThrow(expect.objectContaining({ status: 400, errors: [{ field: 'query.cursor', message: 'is not a cursor returned by this list' }] }));
  });

  it('pages limit + 1 rows', () => {
    const rows = [{ n: 'a' }, { n: 'b' }, { n: 'c' }];
    const more = keysetPage(rows, 2, (r) => [r.n], (r) => r.n.toUpperCase());
    expect(more.items).toEqual(['A', 'B']);
    expect(decodeCursor(more.nextCursor ?? '', ['string'])).toEqual(['b']);
    expect(keysetPage(rows.slice(0, 2), 2, (r) => [r.n], (r) => r.n)).toEqual({ items: ['a', 'b'], nextCursor: null });
  });

  it('refuses a cursor whose parts are not what the list sorts by', () => {
    const uuid = '6f1c1f1e-8d7b-4a61-9a43-1f0b7b3f2a10';
    expect(decodeCursor(encodeCursor(['2026-11-27 02:40:00.123456+00', uuid]), ['timestamp', 'uuid'])).toEqual(['2026-11-27 02:40:00.123456+00', uuid]);
    expect(decodeCursor(encodeCursor(['2026-11-27T02:40:00.123Z', uuid]), ['timestamp', 'uuid'])).toHaveLength(2);
    for (const forged of [['yesterday', uuid], ['2026-11-27T02:40:00Z', 'not-a-uuid'], ['2026-11-27T02:40:00Z', 7], [null, uuid]]) {
      expect(() => decodeCursor(encodeCursor(forged as string[]), ['timestamp', 'uuid'])).toThrow(expect.objectContaining({ status: 400 }));
    }
  });
});
