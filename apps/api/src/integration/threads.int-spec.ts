import { CommunityEntity } from '@sce/api-communities';
import { type TestApp, aBrowser, aCommunity, aMembership, aUser, createTestApp, signedIn } from '@sce/api-testing';
import { ThreadEntity, ThreadsModule } from '@sce/api-threads';
import type { ThreadDetail, ThreadPage } from '@sce/shared-contracts';

describe('threads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule]);
  });
  afterAll(() => t.close());

  const question = { kind: 'question', title: 'How did you move permits online?', body: 'We are starting with **building permits**.', tags: ['Permits', 'service design', 'permits'] };

  async function aMemberOf(community: CommunityEntity, role: 'member' | 'moderator' = 'member', globalRole: 'member' | 'researcher' = 'member') {
    const user = await aUser(t.dataSource, { role: globalRole });
    await aMembership(t.dataSource, community, user, role);
    return { user, ...(await signedIn(t.http, user.email)) };
  }

  async function aThread(community: CommunityEntity, author: { id: string }, overrides: Partial<ThreadEntity> = {}): Promise<ThreadEntity> {
    return t.dataSource.getRepository(ThreadEntity).save({
      communityId: community.id, authorId: author.id, kind: 'discussion', title: 'A thread made by a test', bodyMarkdown: 'Body', bodyHtml: '<p>Body</p>', ...overrides,
    } as ThreadEntity);
  }

  describe('starting a thread', () => {
    it('lets a member start a question, renders its body, normalises tags and counts it in the community', async () => {
      const community = await aCommunity(t.dataSource);
      const { user, agent, xsrf } = await aMemberOf(community);
      const res = await agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', xsrf).send(question).expect(201);
      const thread = res.body as ThreadDetail;
      expect(thread).toMatchObject({
        kind: 'question', title: question.title, body: question.body, bodyHtml: '<p>We are starting with <strong>building permits</strong>.</p>\n',
        tags: ['permits', 'service design'], language: 'en', author: { id: user.id }, community: { slug: community.slug }, replyCount: 0, unread: false,
        viewer: { canReply: true, canEdit: true, canModerate: false, canAcceptAnswer: true },
      });
      const after = await t.dataSource.getRepository(CommunityEntity).findOneByOrFail({ id: community.id });
      expect(after.threadCount).toBe(1);
      expect(after.lastActivityAt).not.toBeNull();
    });

    it('refuses people who are not members (403), visitors (401) and private communities they cannot see (404)', async () => {
      const community = await aCommunity(t.dataSource);
      const hidden = await aCommunity(t.dataSource, { visibility: 'private' });
      const outsider = await signedIn(t.http, (await aUser(t.dataSource)).email);
      expect((await outsider.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', outsider.xsrf).send(question).expect(403)).body.code).toBe('NOT_A_MEMBER');
      await outsider.agent.post(`/api/communities/${hidden.slug}/threads`).set('X-XSRF-TOKEN', outsider.xsrf).send(question).expect(404);
      const visitor = await aBrowser(t.http);
      await visitor.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', visitor.xsrf).send(question).expect(401);
    });

    it('lets researchers post research with its details, not members', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const researcher = await aMemberOf(community, 'member', 'researcher');
      const research = { kind: 'research', title: 'Cross-border eID adoption in five cities', body: 'Summary of findings.', research: { authors: ['H. Lindqvist', 'L. Hoffmann'], abstract: 'We compare adoption.', doi: '10.1234/sce.2026.01', publishedOn: '2026-05-31' } };
      expect((await member.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', member.xsrf).send(research).expect(403)).body.code).toBe('RESEARCH_NOT_ALLOWED');
      const res = await researcher.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', researcher.xsrf).send(research).expect(201);
      expect(res.body.research).toEqual({ ...research.research, link: null });
    });

    it('names each field over a limit or missing, and stores nothing', async () => {
      const community = await aCommunity(t.dataSource);
      const { agent, xsrf } = await aMemberOf(community);
      const res = await agent
        .post(`/api/communities/${community.slug}/threads`)
        .set('X-XSRF-TOKEN', xsrf)
        .send({ kind: 'research', title: 'x'.repeat(201), body: 'y'.repeat(50_001), tags: Array.from({ length: 11 }, (_, i) => `tag${i}`), language: 'fr' })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.body', 'body.language', 'body.tags', 'body.title']);
      expect(res.body.detail).toMatch(/body\.title: must be at most 200 characters long/);
      const noDetails = await agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', xsrf).send({ kind: 'research', title: 'A study', body: 'Findings' }).expect(400);
      expect(noDetails.body.errors).toEqual([{ field: 'body.research', message: 'is required for a research thread (authors and abstract)' }]);
      expect(await t.dataSource.getRepository(ThreadEntity).countBy({ communityId: community.id })).toBe(0);
    });

    it('renders dangerous Markdown inert', async () => {
      const community = await aCommunity(t.dataSource);
      const { agent, xsrf } = await aMemberOf(community);
      const body = [
        '<script>alert(1)</script>',
        '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1)) [d]( javascript:alert(1))',
        '[e](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [f](vbscript:msgbox(1))',
        '<img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe> <a href="https://x.example" onclick="alert(1)">x</a>',
        '<style>body{display:none}</style> [ok](https://example.org)',
      ].join('\n\n');
      const res = await agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', xsrf).send({ ...question, body }).expect(201);
      const html = (res.body as ThreadDetail).bodyHtml;
      // Tags and handlers may survive as visible text, never as markup.
      expect(html).not.toMatch(/<(script|iframe|img|style)\b/i);
      expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
      expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
      expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">ok</a>');
    });
  });

  describe('lists', () => {
    it('shows pinned threads first, then by last activity, page by page, with kind and tag filters', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aUser(t.dataSource);
      const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 10, minutes));
      const old = await aThread(community, author, { title: 'Old', lastActivityAt: at(1) });
      const pinned = await aThread(community, author, { title: 'Pinned', pinned: true, lastActivityAt: at(0) });
      const recent = await aThread(community, author, { title: 'Recent', kind: 'question', tags: ['permits'], lastActivityAt: at(5) });
      const middle = await aThread(community, author, { title: 'Middle', tags: ['permits'], lastActivityAt: at(3) });
      await aThread(community, author, { title: 'Deleted', lastActivityAt: at(9), deletedAt: new Date() });
      const { agent } = await aBrowser(t.http);
      const titles: string[] = [];
      let cursor: string | null = null;
      do {
        const page: ThreadPage = (await agent.get(`/api/communities/${community.slug}/threads`).query({ limit: 2, ...(cursor ? { cursor } : {}) }).expect(200)).body;
        titles.push(...page.items.map((i) => i.title));
        cursor = page.nextCursor;
      } while (cursor);
      expect(titles).toEqual([pinned.title, recent.title, middle.title, old.title]);
      const questions: ThreadPage = (await agent.get(`/api/communities/${community.slug}/threads?kind=question`).expect(200)).body;
      expect(questions.items.map((i) => i.id)).toEqual([recent.id]);
      const tagged: ThreadPage = (await agent.get(`/api/communities/${community.slug}/threads?tag=Permits`).expect(200)).body;
      expect(tagged.items.map((i) => i.id)).toEqual([recent.id, middle.id]);
      expect(tagged.items[0]?.unread).toBeNull();
    });

    it('keeps hidden threads for moderators and private communities out of "latest"', async () => {
      const open = await aCommunity(t.dataSource);
      const secret = await aCommunity(t.dataSource, { visibility: 'private' });
      const author = await aUser(t.dataSource);
      const visible = await aThread(open, author, { title: 'Visible' });
      const hiddenThread = await aThread(open, author, { title: 'Hidden', hidden: true });
      const privateThread = await aThread(secret, author, { title: 'Private' });
      const member = await aMemberOf(open);
      const moderator = await aMemberOf(open, 'moderator');
      const insider = await aMemberOf(secret);

      const ids = async (agent: typeof member.agent, url: string) => ((await agent.get(url).query({ limit: 100 }).expect(200)).body as ThreadPage).items.map((i) => i.id);
      expect(await ids(member.agent, `/api/communities/${open.slug}/threads`)).toEqual([visible.id]);
      expect((await ids(moderator.agent, `/api/communities/${open.slug}/threads`)).sort()).toEqual([visible.id, hiddenThread.id].sort());
      await member.agent.get(`/api/threads/${hiddenThread.id}`).expect(404);
      expect((await moderator.agent.get(`/api/threads/${hiddenThread.id}`).expect(200)).body.hidden).toBe(true);

      const visitorLatest = await ids((await aBrowser(t.http)).agent, '/api/threads');
      expect(visitorLatest).toContain(visible.id);
      expect(visitorLatest).not.toContain(privateThread.id);
      expect(visitorLatest).not.toContain(hiddenThread.id);
      expect(await ids(insider.agent, '/api/threads')).toContain(privateThread.id);
      await member.agent.get(`/api/threads/${privateThread.id}`).expect(404);
    });

    it('marks a thread unread until the member opens it, and again after new activity', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aUser(t.dataSource);
      const thread = await aThread(community, author);
      const { agent } = await aMemberOf(community);
      const unread = async () => ((await agent.get(`/api/communities/${community.slug}/threads`).expect(200)).body as ThreadPage).items[0]?.unread;
      expect(await unread()).toBe(true);
      await agent.get(`/api/threads/${thread.id}`).expect(200);
      expect(await unread()).toBe(false);
      await t.dataSource.query(`UPDATE threads SET last_activity_at = now() + interval '1 second' WHERE id = $1`, [thread.id]);
      expect(await unread()).toBe(true);
    });

    it('refuses a forged cursor with a 400', async () => {
      const community = await aCommunity(t.dataSource);
      const cursor = Buffer.from(JSON.stringify(['pinned', 'yesterday', 'x'])).toString('base64url');
      expect((await (await aBrowser(t.http)).agent.get(`/api/communities/${community.slug}/threads?cursor=${cursor}`).expect(400)).body.errors[0].field).toBe('query.cursor');
    });
  });

  describe('editing and deleting', () => {
    it('lets the author edit until a moderator locks it; only moderators pin and lock', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const other = await aMemberOf(community);
      const moderator = await aMemberOf(community, 'moderator');
      const created = (await author.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', author.xsrf).send(question).expect(201)).body as ThreadDetail;

      const edited = (await author.agent.patch(`/api/threads/${created.id}`).set('X-XSRF-TOKEN', author.xsrf).send({ title: 'How did you move building permits online?' }).expect(200)).body as ThreadDetail;
      expect(edited.title).toBe('How did you move building permits online?');
      expect(edited.editedAt).not.toBeNull();
      await other.agent.patch(`/api/threads/${created.id}`).set('X-XSRF-TOKEN', other.xsrf).send({ title: 'Taken over' }).expect(403);
      await author.agent.patch(`/api/threads/${created.id}`).set('X-XSRF-TOKEN', author.xsrf).send({ pinned: true }).expect(403);
      const locked = (await moderator.agent.patch(`/api/threads/${created.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ pinned: true, locked: true }).expect(200)).body as ThreadDetail;
      expect(locked).toMatchObject({ pinned: true, locked: true });
      expect((await author.agent.patch(`/api/threads/${created.id}`).set('X-XSRF-TOKEN', author.xsrf).send({ title: 'Too late' }).expect(409)).body.code).toBe('THREAD_LOCKED');
      expect((await author.agent.get(`/api/threads/${created.id}`).expect(200)).body.viewer).toMatchObject({ canReply: false, canEdit: false });
      const [audit] = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1`, [created.id]);
      expect(audit).toEqual({ action: 'thread.moderated' });
    });

    it('deletes softly: gone from lists and counts, 404 afterwards', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const created = (await author.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', author.xsrf).send(question).expect(201)).body as ThreadDetail;
      const other = await aMemberOf(community);
      await other.agent.delete(`/api/threads/${created.id}`).set('X-XSRF-TOKEN', other.xsrf).expect(403);
      await author.agent.delete(`/api/threads/${created.id}`).set('X-XSRF-TOKEN', author.xsrf).expect(204);
      await author.agent.get(`/api/threads/${created.id}`).expect(404);
      expect((await t.dataSource.getRepository(CommunityEntity).findOneByOrFail({ id: community.id })).threadCount).toBe(0);
      expect(await t.dataSource.getRepository(ThreadEntity).countBy({ id: created.id })).toBe(1);
    });

    it('answers a malformed id with a 400 and an unknown one with a 404', async () => {
      const { agent } = await aBrowser(t.http);
      expect((await agent.get('/api/threads/not-an-id').expect(400)).body.errors[0].field).toBe('param.id');
      await agent.get('/api/threads/6f1c1f1e-8d7b-4a61-9a43-1f0b7b3f2a10').expect(404);
    });
  });
});
