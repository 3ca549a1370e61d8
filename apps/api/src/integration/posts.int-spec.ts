import type { CommunityEntity } from '@sce/api-communities';
import { type Browserish, type TestApp, aBrowser, aCommunity, aMembership, aUser, countQueries, createTestApp, signedIn } from '@sce/api-testing';
import { ThreadEntity, ThreadsModule } from '@sce/api-threads';
import type { BookmarkPage, Post, PostPage, PostRevision, ThreadDetail } from '@sce/shared-contracts';

describe('posts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule]);
  });
  afterAll(() => t.close());

  type Member = Browserish & { user: Awaited<ReturnType<typeof aUser>> };
  async function aMemberOf(community: CommunityEntity, role: 'member' | 'moderator' = 'member'): Promise<Member> {
    const user = await aUser(t.dataSource);
    await aMembership(t.dataSource, community, user, role);
    return { user, ...(await signedIn(t.http, user.email)) };
  }

  async function aQuestion(community: CommunityEntity, author: Member): Promise<ThreadDetail> {
    const res = await author.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', author.xsrf).send({ kind: 'question', title: 'Which eID wallet did you choose?', body: 'We are comparing wallets.' }).expect(201);
    return res.body as ThreadDetail;
  }

  const reply = (who: Member, threadId: string, body: string, extra: Record<string, string> = {}) =>
    who.agent.post(`/api/threads/${threadId}/posts`).set('X-XSRF-TOKEN', who.xsrf).send({ body, ...extra });

  const thread = async (id: string) => t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id });

  describe('the reply tree', () => {
    it('nests replies and lists them depth first, children in the order written', async () => {
      const community = await aCommunity(t.dataSource);
      const asker = await aMemberOf(community);
      const other = await aMemberOf(community);
      const q = await aQuestion(community, asker);
      const a = (await reply(other, q.id, 'First answer').expect(201)).body as Post;
      const b = (await reply(asker, q.id, 'Second answer').expect(201)).body as Post;
      const a1 = (await reply(asker, q.id, 'Reply to the first', { parentId: a.id }).expect(201)).body as Post;
      const a1x = (await reply(other, q.id, 'Reply to the reply', { parentId: a1.id }).expect(201)).body as Post;
      const a2 = (await reply(other, q.id, 'Another reply to the first', { parentId: a.id }).expect(201)).body as Post;
      expect(a1x).toMatchObject({ depth: 3, parentId: a1.id, bodyHtml: '<p>Reply to the reply</p>\n', viewer: { canEdit: true, canDelete: true, canReply: true, canReact: true } });

      const page = (await (await aBrowser(t.http)).agent.get(`/api/threads/${q.id}/posts`).expect(200)).body as PostPage;
      expect(page.items.map((p) => p.id)).toEqual([a.id, a1.id, a1x.id, a2.id, b.id]);
      expect(page.items[0]).toMatchObject({ replyCount: 2, viewer: { canEdit: false, canReply: false } });
      expect(await thread(q.id)).toMatchObject({ replyCount: 5, postSeq: 5 });
    });

    it('pages the tree by keyset, and continues a deep branch on its own', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const q = await aQuestion(community, member);
      let parentId: string | undefined;
      const chain: Post[] = [];
      for (let i = 1; i <= 8; i++) {
        const post = (await reply(member, q.id, `Level ${i}`, parentId ? { parentId } : {}).expect(201)).body as Post;
        chain.push(post);
        parentId = post.id;
      }
      const { agent } = await aBrowser(t.http);
      const first = (await agent.get(`/api/threads/${q.id}/posts?limit=4`).expect(200)).body as PostPage;
      const second = (await agent.get(`/api/threads/${q.id}/posts?limit=4&cursor=${first.nextCursor}`).expect(200)).body as PostPage;
      // Six levels on the thread page; the sixth says there is more.
      expect([...first.items, ...second.items].map((p) => p.depth)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(second.items.at(-1)).toMatchObject({ depth: 6, moreReplies: true });
      const branch = (await agent.get(`/api/threads/${q.id}/posts?root=${chain[5]?.id}`).expect(200)).body as PostPage;
      expect(branch.items.map((p) => p.depth)).toEqual([6, 7, 8]);
    });

    it('refuses a parent from another thread, a deleted parent, and nesting beyond the limit', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const q1 = await aQuestion(community, member);
      const q2 = await aQuestion(community, member);
      const elsewhere = (await reply(member, q2.id, 'Elsewhere').expect(201)).body as Post;
      expect((await reply(member, q1.id, 'Wrong parent', { parentId: elsewhere.id }).expect(400)).body.errors).toEqual([{ field: 'body.parentId', message: 'is not a post of this thread' }]);
      await t.dataSource.query(`UPDATE posts SET depth = 32 WHERE id = $1`, [elsewhere.id]);
      expect((await reply(member, q2.id, 'Too deep', { parentId: elsewhere.id }).expect(400)).body.errors[0].message).toMatch(/nested too deeply/);
      expect((await reply(member, q1.id, 'x'.repeat(50_001)).expect(400)).body.errors[0]).toEqual({ field: 'body.body', message: 'must be at most 50,000 characters long' });
    });

    it('takes the same number of queries for the first page of a 5,000-post thread as of a 5-post one', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const small = await aQuestion(community, member);
      const large = await aQuestion(community, member);
      const fill = async (threadId: string, count: number) => {
        await t.dataSource.query(
          `INSERT INTO posts (thread_id, author_id, depth, number, path, body_md, body_html, created_at)
           SELECT $1, $2, 1, n, lpad(n::text, 7, '0'), 'Post ' || n, '<p>Post ' || n || '</p>', now() - (($3 - n) || ' seconds')::interval
           FROM generate_series(1, $3) AS n`,
          [threadId, member.user.id, count],
        );
        await t.dataSource.query(`UPDATE threads SET post_seq = $2, reply_count = $2 WHERE id = $1`, [threadId, count]);
      };
      await fill(small.id, 5);
      await fill(large.id, 5000);
      const pageOf = (id: string) => async () => {
        const res = await member.agent.get(`/api/threads/${id}/posts`).expect(200);
        expect((res.body as PostPage).items.length).toBeGreaterThan(0);
      };
      await pageOf(small.id)(); // warm caches so both are measured alike
      const smallQueries = await countQueries(t.dataSource, pageOf(small.id));
      const largeQueries = await countQueries(t.dataSource, pageOf(large.id));
      expect(largeQueries).toBe(smallQueries);
      expect(smallQueries).toBeLessThanOrEqual(8);
    });
  });

  describe('counters', () => {
    it('counts replies right after many concurrent replies', async () => {
      const community = await aCommunity(t.dataSource);
      const members = await Promise.all(Array.from({ length: 6 }, () => aMemberOf(community)));
      const first = members[0] as Member;
      const q = await aQuestion(community, first);
      const results = await Promise.all(members.flatMap((m) => [1, 2, 3].map((i) => reply(m, q.id, `Concurrent reply ${i}`))));
      expect(results.every((r) => r.status === 201)).toBe(true);
      const after = await thread(q.id);
      expect(after.replyCount).toBe(18);
      expect(after.postSeq).toBe(18);
      const [{ count }] = await t.dataSource.query(`SELECT count(DISTINCT number)::int AS count FROM posts WHERE thread_id = $1`, [q.id]);
      expect(count).toBe(18);
    });
  });

  describe('editing and deleting', () => {
    it('keeps every version with who wrote it, and lets anyone read the history', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const moderator = await aMemberOf(community, 'moderator');
      const q = await aQuestion(community, author);
      const post = (await reply(author, q.id, 'Version one').expect(201)).body as Post;
      await author.agent.patch(`/api/posts/${post.id}`).set('X-XSRF-TOKEN', author.xsrf).send({ body: 'Version two' }).expect(200);
      const edited = (await moderator.agent.patch(`/api/posts/${post.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ body: 'Version three, tidied' }).expect(200)).body as Post;
      expect(edited).toMatchObject({ body: 'Version three, tidied', revisionCount: 2, editedAt: expect.any(String) });
      const history = (await (await aBrowser(t.http)).agent.get(`/api/posts/${post.id}/revisions`).expect(200)).body as PostRevision[];
      expect(history.map((r) => [r.version, r.body, r.editor.id, r.current])).toEqual([
        [3, 'Version three, tidied', moderator.user.id, true],
        [2, 'Version two', author.user.id, false],
        [1, 'Version one', author.user.id, false],
      ]);
      const other = await aMemberOf(community);
      await other.agent.patch(`/api/posts/${post.id}`).set('X-XSRF-TOKEN', other.xsrf).send({ body: 'Vandalised' }).expect(403);
    });

    it('deletes softly: "deleted" stays in the tree with its replies, and the reply count drops', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const q = await aQuestion(community, author);
      const parent = (await reply(author, q.id, 'Parent').expect(201)).body as Post;
      const child = (await reply(author, q.id, 'Child', { parentId: parent.id }).expect(201)).body as Post;
      await author.agent.delete(`/api/posts/${parent.id}`).set('X-XSRF-TOKEN', author.xsrf).expect(204);
      const page = (await author.agent.get(`/api/threads/${q.id}/posts`).expect(200)).body as PostPage;
      expect(page.items.map((p) => [p.id, p.deleted, p.body])).toEqual([[parent.id, true, null], [child.id, false, 'Child']]);
      expect((await thread(q.id)).replyCount).toBe(1);
      await author.agent.delete(`/api/posts/${parent.id}`).set('X-XSRF-TOKEN', author.xsrf).expect(404);
      expect((await reply(author, q.id, 'To the deleted one', { parentId: parent.id }).expect(400)).body.errors[0].field).toBe('body.parentId');
    });

    it('takes no replies or author edits in a locked thread, except from moderators', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const moderator = await aMemberOf(community, 'moderator');
      const q = await aQuestion(community, author);
      const post = (await reply(author, q.id, 'Before the lock').expect(201)).body as Post;
      await moderator.agent.patch(`/api/threads/${q.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ locked: true }).expect(200);
      expect((await reply(author, q.id, 'After the lock').expect(409)).body.code).toBe('THREAD_LOCKED');
      expect((await author.agent.patch(`/api/posts/${post.id}`).set('X-XSRF-TOKEN', author.xsrf).send({ body: 'Changed' }).expect(409)).body.code).toBe('THREAD_LOCKED');
      await reply(moderator, q.id, 'Closing note from the moderators').expect(201);
    });
  });

  describe('reactions, answers and bookmarks', () => {
    it('counts reactions per kind, once per person, and shows each person their own', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const fans = await Promise.all([aMemberOf(community), aMemberOf(community)]);
      const q = await aQuestion(community, author);
      const post = (await reply(author, q.id, 'Worth a reaction').expect(201)).body as Post;
      for (const fan of fans) {
        await fan.agent.put(`/api/posts/${post.id}/reactions/insightful`).set('X-XSRF-TOKEN', fan.xsrf).expect(200);
        await fan.agent.put(`/api/posts/${post.id}/reactions/insightful`).set('X-XSRF-TOKEN', fan.xsrf).expect(200);
      }
      const first = fans[0] as Member;
      const mine = (await first.agent.put(`/api/posts/${post.id}/reactions/thanks`).set('X-XSRF-TOKEN', first.xsrf).expect(200)).body;
      expect(mine).toEqual({ reactions: { insightful: 2, thanks: 1 }, myReactions: ['insightful', 'thanks'] });
      const undone = (await first.agent.delete(`/api/posts/${post.id}/reactions/thanks`).set('X-XSRF-TOKEN', first.xsrf).expect(200)).body;
      expect(undone).toEqual({ reactions: { insightful: 2 }, myReactions: ['insightful'] });
      // Removing a reaction one does not have changes nobody's count.
      const again = (await first.agent.delete(`/api/posts/${post.id}/reactions/thanks`).set('X-XSRF-TOKEN', first.xsrf).expect(200)).body;
      expect(again).toEqual({ reactions: { insightful: 2 }, myReactions: ['insightful'] });
      await first.agent.put(`/api/posts/${post.id}/reactions/thanks`).set('X-XSRF-TOKEN', first.xsrf).expect(200);
      const other = (await (fans[1] as Member).agent.delete(`/api/posts/${post.id}/reactions/thanks`).set('X-XSRF-TOKEN', (fans[1] as Member).xsrf).expect(200)).body;
      expect(other.reactions).toEqual({ insightful: 2, thanks: 1 });
      expect((await first.agent.put(`/api/posts/${post.id}/reactions/angry`).set('X-XSRF-TOKEN', first.xsrf).expect(400)).body.errors[0].field).toBe('param.kind');
      const outsider = await signedIn(t.http, (await aUser(t.dataSource)).email);
      expect((await outsider.agent.put(`/api/posts/${post.id}/reactions/like`).set('X-XSRF-TOKEN', outsider.xsrf).expect(403)).body.code).toBe('NOT_A_MEMBER');
    });

    it('lets the person who asked accept an answer, not others; only on questions', async () => {
      const community = await aCommunity(t.dataSource);
      const asker = await aMemberOf(community);
      const helper = await aMemberOf(community);
      const q = await aQuestion(community, asker);
      const answer = (await reply(helper, q.id, 'Use the national wallet').expect(201)).body as Post;
      await helper.agent.post(`/api/threads/${q.id}/accept/${answer.id}`).set('X-XSRF-TOKEN', helper.xsrf).expect(403);
      await asker.agent.post(`/api/threads/${q.id}/accept/${answer.id}`).set('X-XSRF-TOKEN', asker.xsrf).expect(204);
      expect(((await asker.agent.get(`/api/threads/${q.id}/posts`).expect(200)).body as PostPage).items[0]?.accepted).toBe(true);
      expect((await asker.agent.get(`/api/threads/${q.id}`).expect(200)).body).toMatchObject({ acceptedPostId: answer.id, answered: true });
      await asker.agent.delete(`/api/threads/${q.id}/accept`).set('X-XSRF-TOKEN', asker.xsrf).expect(204);
      expect((await thread(q.id)).acceptedPostId).toBeNull();
    });

    it('keeps bookmarks of threads and posts, newest first, and drops what the person can no longer read', async () => {
      const community = await aCommunity(t.dataSource, { visibility: 'private', joinPolicy: 'invite' });
      const member = await aMemberOf(community);
      const q = await aQuestion(community, member);
      const post = (await reply(member, q.id, 'A **useful** answer worth keeping').expect(201)).body as Post;
      await member.agent.put(`/api/threads/${q.id}/bookmark`).set('X-XSRF-TOKEN', member.xsrf).expect(204);
      await member.agent.put(`/api/posts/${post.id}/bookmark`).set('X-XSRF-TOKEN', member.xsrf).expect(204);
      await member.agent.put(`/api/posts/${post.id}/bookmark`).set('X-XSRF-TOKEN', member.xsrf).expect(204);
      const list = (await member.agent.get('/api/users/me/bookmarks').expect(200)).body as BookmarkPage;
      expect(list.items.map((b) => [b.threadId, b.postId, b.excerpt])).toEqual([
        [q.id, post.id, 'A useful answer worth keeping'],
        [q.id, null, 'We are comparing wallets.'],
      ]);
      expect(((await member.agent.get(`/api/threads/${q.id}/posts`).expect(200)).body as PostPage).items[0]?.bookmarked).toBe(true);
      expect(((await member.agent.get(`/api/threads/${q.id}`).expect(200)).body as ThreadDetail).bookmarked).toBe(true);
      await member.agent.post(`/api/communities/${community.slug}/leave`).set('X-XSRF-TOKEN', member.xsrf).expect(204);
      expect(((await member.agent.get('/api/users/me/bookmarks').expect(200)).body as BookmarkPage).items).toEqual([]);
    });
  });

  describe('mentions and quotes', () => {
    it('resolves mentions to people by id, with their real name', async () => {
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const mentioned = await aUser(t.dataSource, { displayName: 'Mette Kjær' });
      const q = await aQuestion(community, author);
      const post = (await reply(author, q.id, `Ask @[someone](user:${mentioned.id}) about MitID`).expect(201)).body as Post;
      expect(post.bodyHtml).toContain(`<span class="mention" data-user-id="${mentioned.id}">@Mette Kjær</span>`);
      const stored = await t.dataSource.query('SELECT user_id FROM post_mentions WHERE post_id = $1', [post.id]);
      expect(stored).toEqual([{ user_id: mentioned.id }]);
      const many = Array.from({ length: 21 }, (_, i) => `@[p${i}](user:00000000-0000-4000-8000-${String(i).padStart(12, '0')})`).join(' ');
      expect((await reply(author, q.id, many).expect(400)).body.errors[0]).toEqual({ field: 'body.body', message: 'mentions 21 people: at most 20 per post' });
    });

    it('quotes a post of the same thread, and never one from elsewhere', async () => {
      const community = await aCommunity(t.dataSource);
      const secret = await aCommunity(t.dataSource, { visibility: 'private' });
      const member = await aMemberOf(community);
      const insider = await aMemberOf(secret);
      await aMembership(t.dataSource, secret, member.user);
      const q = await aQuestion(community, member);
      const quoted = (await reply(member, q.id, 'The wallet pilot ran for six months.').expect(201)).body as Post;
      const withQuote = (await reply(member, q.id, 'And it worked.', { quotePostId: quoted.id }).expect(201)).body as Post;
      expect(withQuote.bodyHtml).toContain('<blockquote>');
      expect(withQuote.bodyHtml).toContain('The wallet pilot ran for six months.');
      const secretThread = await aQuestion(secret, insider);
      const secretPost = (await reply(insider, secretThread.id, 'Budget figures, confidential.').expect(201)).body as Post;
      const leak = await reply(member, q.id, 'Look at this', { quotePostId: secretPost.id }).expect(400);
      expect(leak.body.errors).toEqual([{ field: 'body.quotePostId', message: 'is not a post of this thread that can be quoted' }]);
    });

    it('keeps private posts out of reach of non-members: page, permalink, history, reactions', async () => {
      const secret = await aCommunity(t.dataSource, { visibility: 'private' });
      const insider = await aMemberOf(secret);
      const q = await aQuestion(secret, insider);
      const post = (await reply(insider, q.id, 'Private').expect(201)).body as Post;
      const outsider = await signedIn(t.http, (await aUser(t.dataSource)).email);
      await outsider.agent.get(`/api/threads/${q.id}/posts`).expect(404);
      await outsider.agent.get(`/api/posts/${post.id}`).expect(404);
      await outsider.agent.get(`/api/posts/${post.id}/revisions`).expect(404);
      await outsider.agent.put(`/api/posts/${post.id}/reactions/like`).set('X-XSRF-TOKEN', outsider.xsrf).expect(404);
      await outsider.agent.put(`/api/posts/${post.id}/bookmark`).set('X-XSRF-TOKEN', outsider.xsrf).expect(404);
      await reply(outsider as Member, q.id, 'Let me in').expect(404);
    });
  });

  it('previews Markdown with the same rules as stored posts', async () => {
    const member = await signedIn(t.http, (await aUser(t.dataSource)).email);
    const res = await member.agent.post('/api/markdown/preview').set('X-XSRF-TOKEN', member.xsrf).send({ body: '**Hi** <script>x</script> [a](javascript:alert(1))' }).expect(200);
    expect(res.body.bodyHtml).toBe('<p><strong>Hi</strong> &lt;script&gt;x&lt;/script&gt; [a](javascript:alert(1))</p>\n');
  });
});
