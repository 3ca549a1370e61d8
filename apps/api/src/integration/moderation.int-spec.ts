import type { CommunityEntity } from '@sce/api-communities';
import { ModerationModule } from '@sce/api-moderation';
import { RealtimeModule } from '@sce/api-realtime';
import { type Browserish, type TestApp, aCommunity, aMembership, aUser, connectSocket, createTestApp, listening, sessionCookie, signedIn } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { FlagPage, FlagView, Post, PostPage, ThreadDetail, ThreadPage, Warning } from '@sce/shared-contracts';

describe('moderation', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule, ModerationModule, RealtimeModule]);
    url = await listening(t);
  });
  afterAll(() => t.close());

  type Person = Browserish & { id: string };
  async function aMemberOf(community: CommunityEntity, role: 'member' | 'moderator' = 'member'): Promise<Person> {
    const user = await aUser(t.dataSource);
    await aMembership(t.dataSource, community, user, role);
    return { id: user.id, ...(await signedIn(t.http, user.email)) };
  }
  async function aGlobal(role: 'moderator' | 'admin'): Promise<Person> {
    const user = await aUser(t.dataSource, { role });
    return { id: user.id, ...(await signedIn(t.http, user.email)) };
  }
  const post = (who: Person, path: string, body: object = {}) => who.agent.post(path).set('X-XSRF-TOKEN', who.xsrf).send(body);
  async function aThreadWithReply(community: CommunityEntity, author: Person): Promise<{ thread: ThreadDetail; reply: Post }> {
    const thread = (await post(author, `/api/communities/${community.slug}/threads`, { kind: 'discussion', title: 'A thread to moderate', body: 'Opening post.' }).expect(201)).body as ThreadDetail;
    const reply = (await post(author, `/api/threads/${thread.id}/posts`, { body: 'Buy cheap watches at example.com' }).expect(201)).body as Post;
    return { thread, reply };
  }
  const auditCount = async (action: string, targetId: string) => Number((await t.dataSource.query('SELECT count(*) FROM audit_log WHERE action = $1 AND target_id = $2', [action, targetId]))[0].count);

  it('takes one open flag per person per target, queues it for that community’s moderators only, and records their work', async () => {
    const community = await aCommunity(t.dataSource);
    const other = await aCommunity(t.dataSource);
    const author = await aMemberOf(community);
    const reporter = await aMemberOf(community);
    const second = await aMemberOf(community);
    const moderator = await aMemberOf(community, 'moderator');
    const elsewhere = await aMemberOf(other, 'moderator');
    const { reply } = await aThreadWithReply(community, author);

    const flag = (await post(reporter, '/api/flags', { targetType: 'post', targetId: reply.id, reason: 'spam', note: 'Advertising' }).expect(201)).body as FlagView;
    expect(flag).toMatchObject({ state: 'open', reason: 'spam', target: { type: 'post', id: reply.id, communitySlug: community.slug }, openFlagsOnTarget: 1 });
    expect((await post(reporter, '/api/flags', { targetType: 'post', targetId: reply.id, reason: 'abuse' }).expect(409)).body.code).toBe('ALREADY_FLAGGED');
    await post(second, '/api/flags', { targetType: 'post', targetId: reply.id, reason: 'spam' }).expect(201);
    expect((await post(reporter, '/api/flags', { targetType: 'post', targetId: reply.id, reason: 'rude' }).expect(400)).body.errors[0].field).toBe('body.reason');

    const queue = (await moderator.agent.get('/api/moderation/flags').expect(200)).body as FlagPage;
    expect(queue.items.map((f) => f.id)).toContain(flag.id);
    expect(queue.items.find((f) => f.id === flag.id)?.openFlagsOnTarget).toBe(2);
    expect(((await elsewhere.agent.get('/api/moderation/flags').expect(200)).body as FlagPage).items).toEqual([]);
    await reporter.agent.get('/api/moderation/flags').expect(403);
    await elsewhere.agent.patch(`/api/moderation/flags/${flag.id}`).set('X-XSRF-TOKEN', elsewhere.xsrf).send({ state: 'dismissed' }).expect(404);
    const worked = (await moderator.agent.patch(`/api/moderation/flags/${flag.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ state: 'actioned', assigneeId: moderator.id, internalNote: 'Hid the post' }).expect(200)).body as FlagView;
    expect(worked).toMatchObject({ state: 'actioned', assignee: { id: moderator.id }, internalNote: 'Hid the post' });
    expect(await auditCount('flag.updated', flag.id)).toBe(1);
    // Resolved flags do not block a new one.
    await post(reporter, '/api/flags', { targetType: 'post', targetId: reply.id, reason: 'spam' }).expect(201);

    const outsider = await signedIn(t.http, (await aUser(t.dataSource)).email);
    const secret = await aCommunity(t.dataSource, { visibility: 'private' });
    const insider = await aMemberOf(secret);
    const { thread: hiddenThread } = await aThreadWithReply(secret, insider);
    await outsider.agent.post('/api/flags').set('X-XSRF-TOKEN', outsider.xsrf).send({ targetType: 'thread', targetId: hiddenThread.id, reason: 'spam' }).expect(404);
  });

  it('filters the flag queue by reason and assignee, and assigns flags only to that community’s moderators', async () => {
    const community = await aCommunity(t.dataSource);
    const other = await aCommunity(t.dataSource);
    const author = await aMemberOf(community);
    const reporter = await aMemberOf(community);
    const moderator = await aMemberOf(community, 'moderator');
    const colleague = await aMemberOf(community, 'moderator');
    const elsewhere = await aMemberOf(other, 'moderator');
    const global = await aGlobal('moderator');
    const { thread, reply } = await aThreadWithReply(community, author);
    const spam = (await post(reporter, '/api/flags', { targetType: 'post', targetId: reply.id, reason: 'spam' }).expect(201)).body as FlagView;
    const offTopic = (await post(reporter, '/api/flags', { targetType: 'thread', targetId: thread.id, reason: 'off_topic' }).expect(201)).body as FlagView;
    const ids = async (query: string) => (((await moderator.agent.get(`/api/moderation/flags?community=${community.slug}&${query}`).expect(200)).body as FlagPage).items.map((f) => f.id));

    expect(await ids('reason=spam')).toEqual([spam.id]);
    expect(await ids('reason=off_topic')).toEqual([offTopic.id]);
    expect(((await moderator.agent.get('/api/moderation/flags?reason=rude').expect(400)).body.errors[0].field)).toBe('query.reason');
    expect(((await moderator.agent.get('/api/moderation/flags?assignee=me').expect(400)).body.errors[0].field)).toBe('query.assignee');

    // Who may take this community's flags: its moderators first, then the global ones; not a moderator elsewhere.
    const people = (await moderator.agent.get(`/api/moderation/moderators?community=${community.slug}`).expect(200)).body as { id: string; scope: string }[];
    expect(people.filter((p) => p.scope === 'community').map((p) => p.id).sort()).toEqual([moderator.id, colleague.id].sort());
    expect(people).toContainEqual(expect.objectContaining({ id: global.id, scope: 'global' }));
    expect(people.map((p) => p.id)).not.toContain(elsewhere.id);
    expect(people.findIndex((p) => p.scope === 'global')).toBeGreaterThanOrEqual(2);
    await elsewhere.agent.get(`/api/moderation/moderators?community=${community.slug}`).expect(403);
    await reporter.agent.get(`/api/moderation/moderators?community=${community.slug}`).expect(403);
    expect((await moderator.agent.get('/api/moderation/moderators').expect(400)).body.errors[0].field).toBe('query.community');
    await moderator.agent.get('/api/moderation/moderators?community=no-such-community').expect(404);

    const patch = (flag: FlagView, body: object) => moderator.agent.patch(`/api/moderation/flags/${flag.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send(body);
    expect((await patch(spam, { assigneeId: elsewhere.id }).expect(400)).body.errors[0].field).toBe('body.assigneeId');
    expect(((await patch(spam, { assigneeId: colleague.id }).expect(200)).body as FlagView).assignee?.id).toBe(colleague.id);
    expect(await ids(`assignee=${colleague.id}`)).toEqual([spam.id]);
    expect(await ids('assignee=none')).toEqual([offTopic.id]);
    expect(await ids(`assignee=${colleague.id}&reason=off_topic`)).toEqual([]);
  });

  it('lets a community moderator hide and restore posts in their community only, shows the author why, and audits it', async () => {
    const community = await aCommunity(t.dataSource);
    const other = await aCommunity(t.dataSource);
    const author = await aMemberOf(community);
    const reader = await aMemberOf(community);
    const moderator = await aMemberOf(community, 'moderator');
    const elsewhere = await aMemberOf(other, 'moderator');
    const { thread, reply } = await aThreadWithReply(community, author);
    await post(reader, `/api/posts/${reply.id}/hide`, { reason: 'Spam' }).expect(403);
    await post(elsewhere, `/api/posts/${reply.id}/hide`, { reason: 'Spam' }).expect(403);
    const hidden = (await post(moderator, `/api/posts/${reply.id}/hide`, { reason: 'Advertising is not allowed here' }).expect(200)).body as Post;
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: 'Advertising is not allowed here' });
    await post(moderator, `/api/posts/${reply.id}/hide`, {}).expect(409);
    const seenBy = async (who: Person) => ((await who.agent.get(`/api/threads/${thread.id}/posts`).expect(200)).body as PostPage).items.find((p) => p.id === reply.id);
    expect(await seenBy(reader)).toMatchObject({ hidden: true, body: null, hiddenReason: null });
    expect(await seenBy(author)).toMatchObject({ hidden: true, body: 'Buy cheap watches at example.com', hiddenReason: 'Advertising is not allowed here' });
    const notice: { count: string }[] = await t.dataSource.query(`SELECT count(*) FROM realtime_events WHERE type = 'moderation.notice' AND rooms = ARRAY[$1]::text[]`, [`user:${author.id}`]);
    expect(Number(notice[0]?.count)).toBe(1);
    await post(moderator, `/api/posts/${reply.id}/restore`).expect(200);
    expect(await seenBy(reader)).toMatchObject({ hidden: false, body: 'Buy cheap watches at example.com' });
    expect(await auditCount('post.hidden', reply.id)).toBe(1);
    expect(await auditCount('post.restored', reply.id)).toBe(1);
  });

  it('locks, pins and moves threads only for moderators of both communities, with an audit entry each', async () => {
    const from = await aCommunity(t.dataSource);
    const to = await aCommunity(t.dataSource, { visibility: 'private' });
    const author = await aMemberOf(from);
    const moderator = await aMemberOf(from, 'moderator');
    const { thread } = await aThreadWithReply(from, author);
    for (const action of ['lock', 'pin']) await post(author, `/api/threads/${thread.id}/${action}`).expect(403);
    expect(((await post(moderator, `/api/threads/${thread.id}/lock`).expect(200)).body as ThreadDetail).locked).toBe(true);
    expect(((await post(moderator, `/api/threads/${thread.id}/pin`).expect(200)).body as ThreadDetail).pinned).toBe(true);
    await post(author, `/api/threads/${thread.id}/posts`, { body: 'Still talking' }).expect(409);
    await post(moderator, `/api/threads/${thread.id}/unlock`).expect(200);
    await post(moderator, `/api/threads/${thread.id}/unpin`).expect(200);
    expect(await auditCount('thread.moderated', thread.id)).toBe(4);

    // Moving needs the right to moderate the destination too.
    await post(moderator, `/api/threads/${thread.id}/move`, { community: to.slug }).expect(400);
    await aMembership(t.dataSource, to, (await t.dataSource.query('SELECT * FROM users WHERE id = $1', [moderator.id]))[0], 'moderator');
    const moved = (await post(moderator, `/api/threads/${thread.id}/move`, { community: to.slug, reason: 'Belongs with the steering group' }).expect(200)).body as ThreadDetail;
    expect(moved.community.slug).toBe(to.slug);
    await author.agent.get(`/api/threads/${thread.id}`).expect(404);
    const counts: { id: string; thread_count: number }[] = await t.dataSource.query('SELECT id, thread_count FROM communities WHERE id = ANY($1::uuid[])', [[from.id, to.id]]);
    expect(Object.fromEntries(counts.map((c) => [c.id, c.thread_count]))).toEqual({ [from.id]: 0, [to.id]: 1 });
    expect(await auditCount('thread.moved', thread.id)).toBe(1);
    const list = (await author.agent.get(`/api/communities/${from.slug}/threads`).expect(200)).body as ThreadPage;
    expect(list.items).toEqual([]);
  });

  it('enforces slow mode on a thread and a community, except for moderators', async () => {
    const community = await aCommunity(t.dataSource);
    const author = await aMemberOf(community);
    const moderator = await aMemberOf(community, 'moderator');
    const { thread } = await aThreadWithReply(community, author);
    await post(author, `/api/threads/${thread.id}/slow-mode`, { seconds: 60 }).expect(403);
    await post(moderator, `/api/threads/${thread.id}/slow-mode`, { seconds: -1 }).expect(400);
    expect(((await post(moderator, `/api/threads/${thread.id}/slow-mode`, { seconds: 60 }).expect(200)).body as ThreadDetail).slowModeSeconds).toBe(60);
    expect(((await author.agent.get(`/api/threads/${thread.id}`).expect(200)).body as ThreadDetail).slowModeSeconds).toBe(60);
    const tooSoon = await post(author, `/api/threads/${thread.id}/posts`, { body: 'Again' }).expect(429);
    expect(tooSoon.body.code).toBe('SLOW_MODE');
    expect(Number(tooSoon.headers['retry-after'])).toBeGreaterThan(50);
    await post(moderator, `/api/threads/${thread.id}/posts`, { body: 'Moderators are not slowed' }).expect(201);
    await post(moderator, `/api/threads/${thread.id}/posts`, { body: 'Still not' }).expect(201);
    await post(moderator, `/api/threads/${thread.id}/slow-mode`, { seconds: 0 }).expect(200);
    await post(author, `/api/threads/${thread.id}/posts`, { body: 'Free again' }).expect(201);

    const { thread: second } = await aThreadWithReply(community, moderator);
    expect((await post(moderator, `/api/communities/${community.slug}/slow-mode`, { seconds: 120 }).expect(200)).body.slowModeSeconds).toBe(120);
    expect((await author.agent.get(`/api/communities/${community.slug}`).expect(200)).body.slowModeSeconds).toBe(120);
    // The author posted in the community a moment ago (in another thread): community slow mode applies.
    expect((await post(author, `/api/threads/${second.id}/posts`, { body: 'Elsewhere' }).expect(429)).body.code).toBe('SLOW_MODE');
    await post(author, `/api/communities/${community.slug}/slow-mode`, { seconds: 0 }).expect(403);
  });

  it('warns people privately until they acknowledge, and suspends them with their sockets cut at once', async () => {
    const community = await aCommunity(t.dataSource);
    const member = await aMemberOf(community);
    const moderator = await aMemberOf(community, 'moderator');
    const strangerModerator = await aMemberOf(await aCommunity(t.dataSource), 'moderator');
    await post(strangerModerator, `/api/users/${member.id}/warn`, { message: 'Please keep it civil in the threads.' }).expect(403);
    await post(member, `/api/users/${moderator.id}/warn`, { message: 'Please keep it civil in the threads.' }).expect(403);
    expect((await post(moderator, `/api/users/${member.id}/warn`, { message: 'Short' }).expect(400)).body.errors[0].field).toBe('body.message');
    const warning = (await post(moderator, `/api/users/${member.id}/warn`, { message: 'Please keep it civil in the threads.' }).expect(201)).body as Warning;
    expect(((await member.agent.get('/api/users/me/warnings').expect(200)).body as Warning[])[0]).toMatchObject({ id: warning.id, acknowledgedAt: null, from: { id: moderator.id } });
    await post(moderator, `/api/users/me/warnings/${warning.id}/acknowledge`).expect(404);
    expect(((await post(member, `/api/users/me/warnings/${warning.id}/acknowledge`).expect(200)).body as Warning).acknowledgedAt).not.toBeNull();
    expect(await auditCount('user.warned', member.id)).toBe(1);

    const socket = await connectSocket(url, { cookie: sessionCookie(member) });
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    await post(moderator, `/api/users/${member.id}/suspend`, { reason: 'Repeated spam' }).expect(403);
    const global = await aGlobal('moderator');
    await post(global, `/api/users/${member.id}/suspend`, { reason: 'Repeated spam' }).expect(200);
    await expect(closed).resolves.toBe('io server disconnect');
    await member.agent.get('/api/users/me/warnings').expect(401);
    const audit = (await global.agent.get(`/api/moderation/audit?targetId=${member.id}`).expect(200)).body as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['user.suspended', 'user.warned']));
    await moderator.agent.get('/api/moderation/audit').expect(403);
  });

  it('holds a new account’s first posts for approval, with fewer links, and counts them once approved', async () => {
    const community = await aCommunity(t.dataSource, { newMemberApprovals: 2 });
    const veteranCommunity = await aCommunity(t.dataSource);
    const moderator = await aMemberOf(community, 'moderator');
    const newcomer = await aMemberOf(community);
    const other = await aMemberOf(community);
    const elsewhere = await aMemberOf(await aCommunity(t.dataSource), 'moderator');
    const thread = (await post(moderator, `/api/communities/${community.slug}/threads`, { kind: 'question', title: 'Welcome thread', body: 'Say hello.' }).expect(201)).body as ThreadDetail;
    void veteranCommunity;

    const links = 'See [a](https://a.example) [b](https://b.example) [c](https://c.example)';
    expect((await post(newcomer, `/api/threads/${thread.id}/posts`, { body: links }).expect(400)).body.errors[0].field).toBe('body.body');
    const first = (await post(newcomer, `/api/threads/${thread.id}/posts`, { body: 'Hello from Utrecht' }).expect(201)).body as Post;
    expect(first.approval).toBe('pending');
    const seen = async (who: Person) => ((await who.agent.get(`/api/threads/${thread.id}/posts`).expect(200)).body as PostPage).items.map((p) => p.id);
    expect(await seen(other)).not.toContain(first.id);
    expect(await seen(newcomer)).toContain(first.id);
    expect(await seen(moderator)).toContain(first.id);
    await other.agent.get(`/api/posts/${first.id}`).expect(404);
    const threadRow = async () => (await t.dataSource.query('SELECT reply_count FROM threads WHERE id = $1', [thread.id]))[0].reply_count as number;
    expect(await threadRow()).toBe(0);

    const queue = (await moderator.agent.get('/api/moderation/queue').expect(200)).body as { items: { postId: string; author: { id: string } }[] };
    expect(queue.items.map((q) => q.postId)).toContain(first.id);
    expect(((await elsewhere.agent.get('/api/moderation/queue').expect(200)).body as { items: unknown[] }).items).toEqual([]);
    await post(other, `/api/moderation/queue/${first.id}/approve`).expect(404);
    await post(elsewhere, `/api/moderation/queue/${first.id}/approve`).expect(404);
    expect(((await post(moderator, `/api/moderation/queue/${first.id}/approve`).expect(200)).body as Post).approval).toBe('approved');
    expect(await seen(other)).toContain(first.id);
    expect(await threadRow()).toBe(1);
    await post(moderator, `/api/moderation/queue/${first.id}/approve`).expect(409);

    const second = (await post(newcomer, `/api/threads/${thread.id}/posts`, { body: 'Second hello' }).expect(201)).body as Post;
    expect(second.approval).toBe('pending');
    const rejected = (await post(moderator, `/api/moderation/queue/${second.id}/reject`, { reason: 'Please use the introductions thread' }).expect(200)).body as Post;
    expect(rejected.approval).toBe('rejected');
    expect(((await newcomer.agent.get(`/api/posts/${second.id}`).expect(200)).body as Post).hiddenReason).toBe('Please use the introductions thread');
    expect(await seen(other)).not.toContain(second.id);
    expect(await auditCount('post.approved', first.id)).toBe(1);
    expect(await auditCount('post.rejected', second.id)).toBe(1);

    // One approved post so far: the next still waits; after a second approval, posts go straight out.
    const third = (await post(newcomer, `/api/threads/${thread.id}/posts`, { body: 'Third' }).expect(201)).body as Post;
    await post(moderator, `/api/moderation/queue/${third.id}/approve`).expect(200);
    expect(((await post(newcomer, `/api/threads/${thread.id}/posts`, { body: 'Fourth, trusted now' }).expect(201)).body as Post).approval).toBe('approved');
    expect(await threadRow()).toBe(3);
  });
});
