import { type Browserish, type TestApp, aBrowser, aCommunity, aMembership, aUser, createTestApp, signedIn } from '@sce/api-testing';
import { CommunitiesModule } from '@sce/api-communities';
import type { CommunityPage, GlobalRole } from '@sce/shared-contracts';

type Who = 'visitor' | GlobalRole;
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
  const slugs = { public: '', members: '', private: '', privateJoined: '' };

  beforeAll(async () => {
    t = await createTestApp([CommunitiesModule]);
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
    clients.visitor = await aBrowser(t.http);
    for (const role of ['member', 'researcher', 'moderator', 'admin'] as const) {
      const user = await aUser(t.dataSource, { role });
      if (role === 'member') await aMembership(t.dataSource, joined, user);
      clients[role] = await signedIn(t.http, user.email);
    }
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
    ['manage users', (c) => c.agent.get('/api/admin/users'), { visitor: 401, member: 403, researcher: 403, moderator: 403, admin: 200 }],
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
    ['read public organisations', (c) => c.agent.get('/api/organisations'), { visitor: 200, member: 200, researcher: 200, moderator: 200, admin: 200 }],
  ];

  for (const [action, call, expected] of expectations) {
    it.each(everyone)(`${action}: %s`, async (who) => {
      const target = (await aUser(t.dataSource)).id;
      expect((await call(clients[who], target)).status).toBe(expected[who]);
    });
  }
});
