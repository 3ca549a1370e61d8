import { type Browserish, type TestApp, aBrowser, aCommunity, aMembership, aUser, createTestApp, signedIn } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { CommunityPage, GlobalRole } from '@sce/shared-contracts';

type Who = 'visitor' | GlobalRole;
const aThread = { kind: 'discussion', title: 'Permission table thread', body: 'Checking who may start threads.' };
const aResearchThread = { kind: 'research', title: 'Permission table research', body: 'Findings.', research: { authors: ['A. Researcher'], abstract: 'Who may post research.' } };
const everyone: Who[] = ['visitor', 'member', 'researcher', 'moderator', 'admin'];

/**
 * PRODUCT.md's permission table, walked for every role (and a visitor without a session) over
 * the routes that exist so far. Allowed actions succeed; refused ones get 401 (no session),
 * 403 (seen but not allowed) or 404 (may not even know it exists).
 */
describe('permission table', () => {
  let t: TestApp;
  const clients = {} as Record<Who, Browserish>;
  const names = { public: '', members: '', private: '', privateJoined: '' };
  const slugs = { public: '', members: '', private: '', privateJoined: '', everyone: '' };
  /** A thread by a member who is none of the clients, in a community every signed-in client belongs to. */
  let sharedThreadId = '';

  beforeAll(async () => {
    t = await createTestApp([ThreadsModule]);
    const stamp = Date.now();
    names.public = `Matrix public ${stamp}`;
    names.members = `Matrix members ${stamp}`;
    names.private = `Matrix private ${stamp}`;
    names.privateJoined = `Matrix private joined ${stamp}`;
    slugs.public = (await aCommunity(t.dataSource, { name: names.public, visibility: 'public' })).slug;
    slugs.members = (await aCommunity(t.dataSource, { name: names.members, visibility: 'members' })).slug;
    slugs.private = (await aCommunity(t.dataSource, { name: names.private, visibility: 'private' })).slug;
    const joined = await aCommunity(t.dataSource, { name: names.privateJoined, visibility: 'private' });
    slugs.privateJoined = joined.slug;
    const everyoneCommunity = await aCommunity(t.dataSource, { name: `Permission table, everyone ${stamp}`, visibility: 'members' });
    slugs.everyone = everyoneCommunity.slug;
    clients.visitor = await aBrowser(t.http);
    for (const role of ['member', 'researcher', 'moderator', 'admin'] as const) {
      const user = await aUser(t.dataSource, { role });
      if (role === 'member') await aMembership(t.dataSource, joined, user);
      await aMembership(t.dataSource, everyoneCommunity, user);
      clients[role] = await signedIn(t.http, user.email);
    }
    const starter = await aUser(t.dataSource);
    await aMembership(t.dataSource, everyoneCommunity, starter);
    const starterClient = await signedIn(t.http, starter.email);
    sharedThreadId = (
      await starterClient.agent.post(`/api/communities/${slugs.everyone}/threads`).set('X-XSRF-TOKEN', starterClient.xsrf).send({ kind: 'discussion', title: 'A thread for the permission table', body: 'Shared.' }).expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const visibleCommunities = async (who: Who): Promise<string[]> => {
    const res = await clients[who].agent.get('/api/communities').query({ limit: 100 }).expect(200);
    return (res.body as CommunityPage).items.map((c) => c.name).filter((n) => n.startsWith('Matrix'));
  };

  it.each([
    ['visitor', ['public']],
    ['member', ['members', 'privateJoined', 'public']],
    ['researcher', ['members', 'public']],
    ['moderator', ['members', 'private', 'privateJoined', 'public']],
    ['admin', ['members', 'private', 'privateJoined', 'public']],
  ] as [Who, (keyof typeof names)[]][])('read communities: a %s sees %j', async (who, expected) => {
    expect((await visibleCommunities(who)).sort()).toEqual(expected.map((k) => names[k]).sort());
  });

  const expectations: [string, (c: Browserish, target: string) => Promise<{ status: number }>, Record<Who, number>][] = [
    ['manage organisations', (c) => c.agent.get('/api/admin/organisations'), { visitor: 401, member: 403, researcher: 403, moderator: 403, admin: 200 }],
    ['list people (to suspend or manage them)', (c) => c.agent.get('/api/admin/users'), { visitor: 401, member: 403, researcher: 403, moderator: 200, admin: 200 }],
    ['approve a pending account (admins)', (c, target) => c.agent.post(`/api/admin/users/${target}/approve`).set('X-XSRF-TOKEN', c.xsrf), { visitor: 401, member: 403, researcher: 403, moderator: 403, admin: 409 }],
    ['read the audit log', (c) => c.agent.get('/api/admin/audit'), { visitor: 401, member: 403, researcher: 403, moderator: 403, admin: 200 }],
    ['suspend a member', (c, target) => c.agent.post(`/api/admin/users/${target}/suspend`).set('X-XSRF-TOKEN', c.xsrf).send({ reason: 'Permission table check' }), { visitor: 401, member: 403, researcher: 403, moderator: 200, admin: 200 }],
    ['read own account', (c) => c.agent.get('/api/users/me'), { visitor: 401, member: 200, researcher: 200, moderator: 200, admin: 200 }],
    ['read a public community', (c) => c.agent.get(`/api/communities/${slugs.public}`), { visitor: 200, member: 200, researcher: 200, moderator: 200, admin: 200 }],
    ['read a members-only community', (c) => c.agent.get(`/api/communities/${slugs.members}`), { visitor: 404, member: 200, researcher: 200, moderator: 200, admin: 200 }],
    ['read a private community (member only)', (c) => c.agent.get(`/api/communities/${slugs.privateJoined}`), { visitor: 404, member: 200, researcher: 404, moderator: 200, admin: 200 }],
    ['list a private community’s members', (c) => c.agent.get(`/api/communities/${slugs.privateJoined}/members`), { visitor: 404, member: 200, researcher: 404, moderator: 200, admin: 200 }],
    ['join a private community uninvited', (c) => c.agent.post(`/api/communities/${slugs.private}/join`).set('X-XSRF-TOKEN', c.xsrf), { visitor: 401, member: 404, researcher: 404, moderator: 200, admin: 200 }],
    ['see join requests (community moderators)', (c) => c.agent.get(`/api/communities/${slugs.public}/members?state=requested`), { visitor: 401, member: 403, researcher: 403, moderator: 200, admin: 200 }],
    ['create a community (admins)', (c) => c.agent.post('/api/communities').set('X-XSRF-TOKEN', c.xsrf).send({ name: `Matrix created ${Date.now()} ${Math.random()}`, visibility: 'public', joinPolicy: 'open' }), { visitor: 401, member: 403, researcher: 403, moderator: 403, admin: 201 }],
    ['edit a community (admins)', (c) => c.agent.patch(`/api/communities/${slugs.members}`).set('X-XSRF-TOKEN', c.xsrf).send({ description: 'Edited by the permission table test.' }), { visitor: 401, member: 403, researcher: 403, moderator: 403, admin: 200 }],
    ['start a thread in a community they have not joined', (c) => c.agent.post(`/api/communities/${slugs.public}/threads`).set('X-XSRF-TOKEN', c.xsrf).send(aThread), { visitor: 401, member: 403, researcher: 403, moderator: 201, admin: 201 }],
    ['start a thread in a private community they belong to', (c) => c.agent.post(`/api/communities/${slugs.privateJoined}/threads`).set('X-XSRF-TOKEN', c.xsrf).send(aThread), { visitor: 401, member: 201, researcher: 404, moderator: 201, admin: 201 }],
    ['post a research thread as a member', (c) => c.agent.post(`/api/communities/${slugs.everyone}/threads`).set('X-XSRF-TOKEN', c.xsrf).send(aResearchThread), { visitor: 401, member: 403, researcher: 201, moderator: 201, admin: 201 }],
    ['reply in a community they belong to', (c) => c.agent.post(`/api/threads/${sharedThreadId}/posts`).set('X-XSRF-TOKEN', c.xsrf).send({ body: 'A reply.' }), { visitor: 401, member: 201, researcher: 201, moderator: 201, admin: 201 }],
    ['edit their own post', async (c) => {
      const created = await c.agent.post(`/api/threads/${sharedThreadId}/posts`).set('X-XSRF-TOKEN', c.xsrf).send({ body: 'Mine.' });
      return created.status === 201 ? c.agent.patch(`/api/posts/${created.body.id}`).set('X-XSRF-TOKEN', c.xsrf).send({ body: 'Mine, edited.' }) : created;
    }, { visitor: 401, member: 200, researcher: 200, moderator: 200, admin: 200 }],
    ['edit someone else’s thread', (c) => c.agent.patch(`/api/threads/${sharedThreadId}`).set('X-XSRF-TOKEN', c.xsrf).send({ title: 'Taken over by the table' }), { visitor: 401, member: 403, researcher: 403, moderator: 200, admin: 200 }],
    ['pin a thread', (c) => c.agent.patch(`/api/threads/${sharedThreadId}`).set('X-XSRF-TOKEN', c.xsrf).send({ pinned: true }), { visitor: 401, member: 403, researcher: 403, moderator: 200, admin: 200 }],
    ['read public organisations', (c) => c.agent.get('/api/organisations'), { visitor: 200, member: 200, researcher: 200, moderator: 200, admin: 200 }],
  ];

  for (const [action, call, expected] of expectations) {
    it.each(everyone)(`${action}: %s`, async (who) => {
      const target = (await aUser(t.dataSource)).id;
      expect((await call(clients[who], target)).status).toBe(expected[who]);
    });
  }
});
