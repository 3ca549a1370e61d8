import { pageQuerySchema } from './page';

describe('pageQuerySchema', () => {
  it('defaults the page size and coerces query strings', () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: 20 });
    expect(pageQuerySchema.parse({ limit: '50', cursor: 'abc' })).toEqual({ limit: 50, cursor: 'abc' });
  });

  it.each(['0', '101', '2.5', 'ten'])('refuses limit=%s', (limit) => {
    expect(pageQuerySchema.safeParse({ limit }).success).toBe(false);
  });
});
