import { DemoDataModule, SCALE_COMMUNITY_SLUG, ScaleDataService } from '@sce/api-demo-data';
import { type TestApp, aBrowser, createTestApp } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { PostPage, ThreadPage } from '@sce/shared-contracts';

describe('scale data for benchmarks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule, DemoDataModule]);
    await t.app.get(ScaleDataService).seed(1);
  }, 120_000);
  afterAll(() => t.close());

  it('has the promised shape, with every counter matching the rows', async () => {
    const [shape] = await t.dataSource.query(
      `SELECT c.thread_count, (SELECT count(*)::int FROM threads WHERE community_id = c.id) AS threads,
              (SELECT count(*)::int FROM posts p JOIN threads th ON th.id = p.thread_id WHERE th.community_id = c.id) AS posts,
              (SELECT max(reply_count) FROM threads WHERE community_id = c.id) AS biggest,
              (SELECT count(*)::int FROM threads th WHERE th.community_id = c.id AND th.reply_count <> (SELECT count(*) FROM posts WHERE thread_id = th.id)) AS wrong_counts,
              (SELECT count(*)::int FROM posts p WHERE p.child_count <> (SELECT count(*) FROM posts c2 WHERE c2.parent_id = p.id)) AS wrong_children
       FROM communities c WHERE c.slug = $1`,
      [SCALE_COMMUNITY_SLUG],
    );
    expect(shape.thread_count).toBe(1000);
    expect(shape.threads).toBe(1000);
    expect(shape.posts).toBeGreaterThanOrEqual(99_000);
    expect(shape.biggest).toBe(2000);
    expect(shape.wrong_counts).toBe(0);
    expect(shape.wrong_children).toBe(0);
  });

  it('builds trees the API reads: parents before children, five levels in the big thread', async () => {
    const { agent } = await aBrowser(t.http);
    const list = (await agent.get(`/api/communities/${SCALE_COMMUNITY_SLUG}/threads?limit=100`).expect(200)).body as ThreadPage;
    expect(list.items).toHaveLength(100);
    const [{ id: bigId }] = await t.dataSource.query(`SELECT id FROM threads WHERE title LIKE 'The big thread%'`);
    const page = (await agent.get(`/api/threads/${bigId}/posts?limit=10`).expect(200)).body as PostPage;
    expect(page.items.map((p) => p.depth)).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(page.items[1]?.parentId).toBe(page.items[0]?.id);
    expect(page.nextCursor).not.toBeNull();
  });

  it('refuses to run twice on the same database', async () => {
    await expect(t.app.get(ScaleDataService).seed(1)).rejects.toThrow(/already there/);
  });
});
