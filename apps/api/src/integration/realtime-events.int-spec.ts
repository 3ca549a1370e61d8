import type { CommunityEntity } from '@sce/api-communities';
import { RealtimeModule } from '@sce/api-realtime';
import { type Browserish, type TestApp, Received, aBrowser, aCommunity, aMembership, aUser, ask, connectSocket, createTestApp, listening, sessionCookie, signedIn } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { CatchUpResult, FollowResult, Post, RealtimeEvent, ThreadDetail, TypingEvent, ViewersEvent } from '@sce/shared-contracts';
import type { Socket } from 'socket.io-client';

// Redis runs on these machines and in CI (TEST_REDIS_URL); without it only the PostgreSQL adapter is tested.
const redisUrl = process.env['TEST_REDIS_URL'];
const ADAPTERS: Array<[string, Record<string, string>]> = [['PostgreSQL', {}], ...(redisUrl ? [['Redis streams', { REDIS_URL: redisUrl }] as [string, Record<string, string>]] : [])];

describe.each(ADAPTERS)('real-time updates across two instances (%s adapter)', (_name, env) => {
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  let urlB: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await createTestApp([ThreadsModule, RealtimeModule], env);
    b = await createTestApp([ThreadsModule, RealtimeModule], env);
    urlA = await listening(a);
    urlB = await listening(b);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  type Member = Browserish & { id: string; cookie: string };
  async function aMemberOf(community: CommunityEntity, on: TestApp, role: 'member' | 'moderator' = 'member'): Promise<Member> {
    const user = await aUser(on.dataSource);
    await aMembership(on.dataSource, community, user, role);
    const browser = await signedIn(on.http, user.email);
    return { ...browser, id: user.id, cookie: sessionCookie(browser) };
  }
  async function aThread(community: CommunityEntity, author: Member): Promise<ThreadDetail> {
    return (await author.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', author.xsrf).send({ kind: 'discussion', title: 'Live updates', body: 'Watch this thread.' }).expect(201)).body as ThreadDetail;
  }
  const reply = async (who: Member, threadId: string, body: string): Promise<Post> =>
    (await who.agent.post(`/api/threads/${threadId}/posts`).set('X-XSRF-TOKEN', who.xsrf).send({ body }).expect(201)).body as Post;
  async function socket(url: string, cookie?: string): Promise<Socket> {
    const s = await connectSocket(url, cookie ? { cookie } : {});
    sockets.push(s);
    return s;
  }
  const follow = (s: Socket, type: 'thread' | 'community' | 'user', id: string) => ask<FollowResult>(s, 'follow', { type, id });

  it('shows a client on instance A a post written through instance B within a second', async () => {
    const community = await aCommunity(a.dataSource);
    const writer = await aMemberOf(community, b);
    const thread = await aThread(community, writer);
    const reader = await socket(urlA);
    const events = new Received<RealtimeEvent>(reader, 'event');
    expect(await follow(reader, 'thread', thread.id)).toMatchObject({ ok: true, data: { room: `thread:${thread.id}` } });

    const started = Date.now();
    const post = await reply(writer, thread.id, 'Written through instance B');
    const [event] = await events.until((items) => items.some((e) => e.type === 'post.created'), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event).toMatchObject({ type: 'post.created', rooms: [`thread:${thread.id}`, `community:${community.id}`], data: { threadId: thread.id, postId: post.id, parentId: null, authorId: writer.id } });
    expect(typeof event?.id).toBe('number');
  });

  it('announces edits, deletions, reactions, accepted answers, pins and locks in order, by id', async () => {
    const community = await aCommunity(a.dataSource);
    const author = await aMemberOf(community, a);
    const moderator = await aMemberOf(community, b, 'moderator');
    const question = (await author.agent.post(`/api/communities/${community.slug}/threads`).set('X-XSRF-TOKEN', author.xsrf).send({ kind: 'question', title: 'Which wallet?', body: 'Asking.' }).expect(201)).body as ThreadDetail;
    const watcher = await socket(urlB);
    const events = new Received<RealtimeEvent>(watcher, 'event');
    await follow(watcher, 'thread', question.id);
    const answer = await reply(moderator, question.id, 'This one');
    await author.agent.patch(`/api/posts/${answer.id}`).set('X-XSRF-TOKEN', author.xsrf).send({ body: 'edit attempt' }).expect(403);
    await moderator.agent.patch(`/api/posts/${answer.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ body: 'This one, edited' }).expect(200);
    await author.agent.put(`/api/posts/${answer.id}/reactions/thanks`).set('X-XSRF-TOKEN', author.xsrf).expect(200);
    await author.agent.post(`/api/threads/${question.id}/accept/${answer.id}`).set('X-XSRF-TOKEN', author.xsrf).expect((res) => expect(res.status).toBeLessThan(300));
    await moderator.agent.patch(`/api/threads/${question.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ pinned: true, locked: true }).expect(200);
    await moderator.agent.delete(`/api/posts/${answer.id}`).set('X-XSRF-TOKEN', moderator.xsrf).expect(204);

    const expected = ['post.created', 'post.edited', 'reactions.changed', 'thread.answer-accepted', 'thread.pinned', 'thread.locked', 'post.deleted'];
    const got = await events.until((items) => items.length >= expected.length);
    expect(got.map((e) => e.type)).toEqual(expected);
    expect(got.map((e) => e.id)).toEqual([...got.map((e) => e.id)].sort((x, y) => x - y));
    expect(got[2]?.data).toEqual({ threadId: question.id, postId: answer.id, reactions: { thanks: 1 } });
    expect(got[4]?.rooms).toEqual([`thread:${question.id}`, `community:${community.id}`]);
  });

  it('lets a client that missed 100 posts catch up on all of them, once each and in order', async () => {
    const community = await aCommunity(a.dataSource);
    const writer = await aMemberOf(community, b);
    const reader = await aMemberOf(community, a);
    const thread = await aThread(community, writer);
    const first = await socket(urlA, reader.cookie);
    const followed = await follow(first, 'thread', thread.id);
    if (!followed.ok) throw new Error('follow refused');
    const lastSeen = followed.data.lastEventId;
    first.disconnect();

    const written: string[] = [];
    for (let i = 1; i <= 100; i++) written.push((await reply(writer, thread.id, `Post ${i} while you were away`)).id);
    // Events written elsewhere meanwhile are not the reader's business.
    const elsewhere = await aThread(community, writer);
    await reply(writer, elsewhere.id, 'Another thread');

    const again = await socket(urlA, reader.cookie);
    const live = new Received<RealtimeEvent>(again, 'event');
    await follow(again, 'thread', thread.id);
    const res = await reader.agent.get(`/api/realtime/events?since=${lastSeen}&rooms=thread:${thread.id}`).expect(200);
    const caught = res.body as CatchUpResult;
    expect(caught.tooFarBehind).toBe(false);
    expect(caught.refusedRooms).toEqual([]);
    expect(caught.events.map((e) => (e.data as { postId: string }).postId)).toEqual(written);
    expect(new Set(caught.events.map((e) => e.id)).size).toBe(100);
    expect(caught.events.map((e) => e.id)).toEqual([...caught.events.map((e) => e.id)].sort((x, y) => x - y));
    expect(caught.lastEventId).toBeGreaterThanOrEqual(caught.events[99]?.id ?? Infinity);

    // Continuing from the newest id, nothing is repeated.
    const after = (await reader.agent.get(`/api/realtime/events?since=${caught.lastEventId}&rooms=thread:${thread.id}`).expect(200)).body as CatchUpResult;
    expect(after.events).toEqual([]);
    const next = await reply(writer, thread.id, 'Back online');
    const [arrived] = await live.until((items) => items.some((e) => e.type === 'post.created' && (e.data as { postId: string }).postId === next.id));
    expect(arrived?.id).toBeGreaterThan(caught.lastEventId);
  });

  it('tells a client too far behind to reload, and refuses bad catch-up requests with a clear 400', async () => {
    const visitor = await aBrowser(a.http);
    const community = await aCommunity(a.dataSource);
    const writer = await aMemberOf(community, a);
    const thread = await aThread(community, writer);
    const ahead = (await visitor.agent.get(`/api/realtime/events?since=999999999&rooms=thread:${thread.id}`).expect(200)).body as CatchUpResult;
    expect(ahead).toMatchObject({ events: [], tooFarBehind: true });
    for (const [query, field] of [
      [`since=-1&rooms=thread:${thread.id}`, 'query.since'],
      [`since=abc&rooms=thread:${thread.id}`, 'query.since'],
      ['since=0&rooms=', 'query.rooms'],
      ['since=0&rooms=thread:not-an-id', 'query.rooms.0'],
      ['since=0', 'query.rooms'],
    ]) {
      const res = await visitor.agent.get(`/api/realtime/events?${query}`).expect(400);
      expect(res.body.errors[0].field).toBe(field);
    }
  });

  it('keeps a private community’s events from outsiders, and from a member removed while connected', async () => {
    const community = await aCommunity(a.dataSource, { visibility: 'private' });
    const moderator = await aMemberOf(community, b, 'moderator');
    const staying = await aMemberOf(community, a);
    const leaving = await aMemberOf(community, a);
    const outsiderUser = await aUser(a.dataSource);
    const outsider = await signedIn(a.http, outsiderUser.email);
    const thread = await aThread(community, moderator);

    const outsiderSocket = await socket(urlA, sessionCookie(outsider));
    const outsiderEvents = new Received<RealtimeEvent>(outsiderSocket, 'event');
    expect(await follow(outsiderSocket, 'thread', thread.id)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That thread does not exist or is not visible to you.' } });
    expect((await follow(outsiderSocket, 'community', community.id)).ok).toBe(false);
    expect(await follow(outsiderSocket, 'user', moderator.id)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const visitorSocket = await socket(urlA);
    expect((await follow(visitorSocket, 'thread', thread.id)).ok).toBe(false);

    const stayingSocket = await socket(urlB, staying.cookie);
    const leavingSocket = await socket(urlA, leaving.cookie);
    const stayingEvents = new Received<RealtimeEvent>(stayingSocket, 'event');
    const leavingEvents = new Received<RealtimeEvent>(leavingSocket, 'event');
    for (const s of [stayingSocket, leavingSocket]) {
      expect((await follow(s, 'thread', thread.id)).ok).toBe(true);
      expect((await follow(s, 'community', community.id)).ok).toBe(true);
    }
    await reply(moderator, thread.id, 'Everyone here sees this');
    await leavingEvents.until((items) => items.length === 1);

    await moderator.agent.delete(`/api/communities/${community.slug}/members/${leaving.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({}).expect(204);
    const secret = await reply(moderator, thread.id, 'Only for members');
    await stayingEvents.until((items) => items.some((e) => (e.data as { postId?: string }).postId === secret.id));
    // Give a leak every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(leavingEvents.items).toHaveLength(1);
    expect(outsiderEvents.items).toHaveLength(0);
    expect((await follow(leavingSocket, 'thread', thread.id)).ok).toBe(false);

    const caught = (await outsider.agent.get(`/api/realtime/events?since=0&rooms=thread:${thread.id},community:${community.id}`).expect(200)).body as CatchUpResult;
    expect(caught.events).toEqual([]);
    expect(caught.refusedRooms).toEqual([`thread:${thread.id}`, `community:${community.id}`]);
  });

  it('ends a session’s sockets when it signs out, and a person’s when suspended', async () => {
    const community = await aCommunity(a.dataSource);
    const member = await aMemberOf(community, a);
    const other = await aMemberOf(community, a);
    const admin = await signedIn(b.http, (await aUser(b.dataSource, { role: 'admin' })).email);
    const s1 = await socket(urlA, member.cookie);
    const s2 = await socket(urlB, other.cookie);
    const closed1 = new Promise((resolve) => s1.on('disconnect', resolve));
    const closed2 = new Promise((resolve) => s2.on('disconnect', resolve));
    await member.agent.post('/api/auth/logout').set('X-XSRF-TOKEN', member.xsrf).expect((res) => expect(res.status).toBeLessThan(300));
    await expect(closed1).resolves.toBe('io server disconnect');
    await admin.agent.post(`/api/admin/users/${other.id}/suspend`).set('X-XSRF-TOKEN', admin.xsrf).send({ reason: 'Test suspension' }).expect(200);
    await expect(closed2).resolves.toBe('io server disconnect');
    await expect(connectSocket(urlA, { cookie: other.cookie })).rejects.toMatchObject({ message: 'Your session is not valid: sign in again.' });
  });

  it('shares "is replying" with the thread’s other followers and counts who is viewing', async () => {
    const community = await aCommunity(a.dataSource);
    const writer = await aMemberOf(community, a);
    const reader = await aMemberOf(community, b);
    const thread = await aThread(community, writer);
    const ws = await socket(urlA, writer.cookie);
    const rs = await socket(urlB, reader.cookie);
    const typing = new Received<TypingEvent>(rs, 'thread.typing');
    const viewers = new Received<ViewersEvent>(rs, 'thread.viewers');
    expect(await ask(ws, 'typing', { threadId: thread.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOLLOWING' } });
    await follow(ws, 'thread', thread.id);
    await follow(rs, 'thread', thread.id);
    expect(await ask(ws, 'typing', { threadId: thread.id })).toEqual({ ok: true, data: { sent: true } });
    expect(await ask(ws, 'typing', { threadId: thread.id })).toEqual({ ok: true, data: { sent: false } });
    const [signal] = await typing.until((items) => items.length === 1);
    expect(signal).toMatchObject({ threadId: thread.id, user: { id: writer.id } });
    await viewers.until((items) => items.some((v) => v.count === 2), 4000);

    const visitor = await socket(urlA);
    await follow(visitor, 'thread', thread.id);
    expect(await ask(visitor, 'typing', { threadId: thread.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
