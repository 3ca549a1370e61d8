import { DemoDataModule, DemoDataService } from '@sce/api-demo-data';
import { type TestApp, aBrowser, createTestApp, signedIn } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { BookmarkPage, PostPage, ThreadDetail, ThreadPage } from '@sce/shared-contracts';

describe('demo data', () => {
  const password = 'demo-password-for-tests';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule, DemoDataModule]);
    await t.app.get(DemoDataService).reset(password);
  }, 60_000);
  afterAll(() => t.close());

  it('shows every discussion feature alive to a newcomer', async () => {
    const { agent } = await aBrowser(t.http);
    const latest = (await agent.get('/api/threads?limit=100').expect(200)).body as ThreadPage;
    const question = latest.items.find((i) => i.kind === 'question' && i.answered);
    expect(question).toBeDefined();
    const research = latest.items.find((i) => i.kind === 'research');
    expect(((await agent.get(`/api/threads/${research?.id}`).expect(200)).body as ThreadDetail).research?.doi).toMatch(/^10\./);
    const posts = ((await agent.get(`/api/threads/${question?.id}/posts`).expect(200)).body as PostPage).items;
    expect(posts.find((p) => p.accepted)?.reactions).toMatchObject({ insightful: 3 });
    expect(posts.some((p) => p.revisionCount > 0 && p.editedAt !== null)).toBe(true);
    expect(posts.some((p) => (p.bodyHtml ?? '').includes('class="mention"'))).toBe(true);
    expect(posts.filter((p) => p.depth === 3)).not.toHaveLength(0);
  });

  it('signs the demo member in with their bookmark, and can be reset again', async () => {
    const member = await signedIn(t.http, 'member@example.org', password);
    expect(((await member.agent.get('/api/users/me/bookmarks').expect(200)).body as BookmarkPage).items).toHaveLength(1);
    await t.app.get(DemoDataService).reset(password);
    const again = await signedIn(t.http, 'member@example.org', password);
    expect(((await again.agent.get('/api/users/me/bookmarks').expect(200)).body as BookmarkPage).items).toHaveLength(1);
  });
});
