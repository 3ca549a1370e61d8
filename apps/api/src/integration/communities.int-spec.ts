import { CommunitiesModule } from '@sce/api-communities';
import { type TestApp, aCommunity, createTestApp } from '@sce/api-testing';
import type { CommunityPage } from '@sce/shared-contracts';
import request from 'supertest';

describe('GET /api/communities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([CommunitiesModule]);
    await t.dataSource.query('TRUNCATE communities CASCADE');
  });
  afterAll(() => t.close());

  it('lists only public communities to a visitor, in name order, page by page', async () => {
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    for (const name of names) await aCommunity(t.dataSource, { name, visibility: 'public' });
    await aCommunity(t.dataSource, { name: 'Aardvark members', visibility: 'members' });
    await aCommunity(t.dataSource, { name: 'Abacus private', visibility: 'private' });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: request.Response = await request(t.http).get('/api/communities').query({ limit: 2, ...(cursor ? { cursor } : {}) }).expect(200);
      const page = res.body as CommunityPage;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);

    expect(seen).toEqual(names);
    expect(pages).toBe(3);
  });

  it('returns the summary fields the web app shows', async () => {
    const community = await aCommunity(t.dataSource, { name: 'Zulu fields', visibility: 'public', memberCount: 3, threadCount: 2, lastActivityAt: new Date('2026-11-01T10:00:00Z') });
    const res = await request(t.http).get('/api/communities').query({ limit: 100 }).expect(200);
    const item = (res.body as CommunityPage).items.find((c) => c.id === community.id);
    expect(item).toEqual({
      id: community.id, slug: community.slug, name: 'Zulu fields', description: 'A community made by a test.', visibility: 'public',
      joinPolicy: 'open', memberCount: 3, threadCount: 2, lastActivityAt: '2026-11-01T10:00:00.000Z', membership: null,
    });
  });

  it.each([
    [{ limit: '0' }, 'query.limit'],
    [{ limit: '101' }, 'query.limit'],
    [{ limit: 'many' }, 'query.limit'],
    [{ cursor: 'not-a-cursor' }, 'query.cursor'],
  ])('rejects %o with a 400 naming %s', async (query, field) => {
    const res = await request(t.http).get('/api/communities').query(query).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
