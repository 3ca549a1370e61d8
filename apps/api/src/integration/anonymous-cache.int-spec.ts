import { type TestApp, aBrowser, aCommunity, aMembership, aUser, countQueries, createTestApp, signedIn } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { PostPage, ThreadDetail } from '@sce/shared-contracts';

describe('the anonymous page cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Long enough that nothing expires during the test; expiry itself is a unit test.
    t = await createTestApp([ThreadsModule], { ANONYMOUS_CACHE_MS: '60000' });
  });
  afterAll(() => t.close());

  it('serves visitors a shared copy of a public page while signed-in people see every write at once', async () => {
    const community = await aCommunity(t.dataSource);
    const user = await aUser(t.dataSource);
    await aMembership(t.dataSource, community, user);
    const member = await signedIn(t.http, user.email);
    const thread = (await member.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', member.xsrf).send({ kind: 'discussion', title: 'Cached or not?', body: 'Opening post.' }).expect(201)).body as ThreadDetail;
    const visitor = await aBrowser(t.http);
    const visitorPosts = async () => ((await visitor.agent.get(`/api/threads/${thread.id}/posts`).expect(200)).body as PostPage).items.length;

    expect(await visitorPosts()).toBe(0);
    await member.agent.post(`/api/threads/${thread.id}/posts`).set('X-XSRF-TOKEN', member.xsrf).send({ body: 'A new reply' }).expect(201);

    expect(((await member.agent.get(`/api/threads/${thread.id}/posts`).expect(200)).body as PostPage).items).toHaveLength(1);
    expect(await countQueries(t.dataSource, async () => expect(await visitorPosts()).toBe(0))).toBe(0);
    // Another address (a page size, a cursor) is another page.
    const limited = (await visitor.agent.get(`/api/threads/${thread.id}/posts?limit=5`).expect(200)).body as PostPage;
    expect(limited.items).toHaveLength(1);
  });

  it('never keeps a failure', async () => {
    const visitor = await aBrowser(t.http);
    const community = await aCommunity(t.dataSource, { visibility: 'private' });
    await visitor.agent.get(`/api/communities/${community.slug}/threads`).expect(404);
    await t.dataSource.query(`UPDATE communities SET visibility = 'public' WHERE id = $1`, [community.id]);
    await visitor.agent.get(`/api/communities/${community.slug}/threads`).expect(200);
  });
});
