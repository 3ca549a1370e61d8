import { CommunitiesModule, CommunityEntity } from '@sce/api-communities';
import { type TestApp, aBrowser, aCommunity, aMembership, aUser, createTestApp, signedIn } from '@sce/api-testing';
import type { CommunityDetail, MemberPage } from '@sce/shared-contracts';

describe('communities: create, edit, join and members', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([CommunitiesModule]);
  });
  afterAll(() => t.close());

  const memberCount = async (id: string) => (await t.dataSource.getRepository(CommunityEntity).findOneByOrFail({ id })).memberCount;
  const anAdmin = async () => signedIn(t.http, (await aUser(t.dataSource, { role: 'admin' })).email);
  const aMember = async () => {
    const user = await aUser(t.dataSource);
    return { user, ...(await signedIn(t.http, user.email)) };
  };

  describe('administration', () => {
    it('creates a community with a slug made from its name, and audits it', async () => {
      const admin = await anAdmin();
      const name = `Digital Identity & Trust ${Date.now()}`;
      const res = await admin.agent.post('/api/communities').set('X-XSRF-TOKEN', admin.xsrf).send({ name, description: 'eIDAS wallets and login services.', visibility: 'members', joinPolicy: 'request' }).expect(201);
      const created = res.body as CommunityDetail;
      expect(created).toMatchObject({ name, slug: expect.stringMatching(/^digital-identity-trust-\d+$/), visibility: 'members', joinPolicy: 'request', memberCount: 0, moderators: [] });
      expect(created.viewer).toEqual({ membership: null, canRead: true, canJoin: true, canPost: true, canModerate: true, canEdit: true });
      const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1`, [created.id]);
      expect(audit).toEqual([{ action: 'community.created' }]);
    });

    it('refuses a slug that is taken or malformed, naming the field, and stores nothing', async () => {
      const admin = await anAdmin();
      const existing = await aCommunity(t.dataSource);
      const taken = await admin.agent.post('/api/communities').set('X-XSRF-TOKEN', admin.xsrf).send({ slug: existing.slug, name: 'Another one', visibility: 'public', joinPolicy: 'open' }).expect(409);
      expect(taken.body).toMatchObject({ code: 'SLUG_TAKEN', errors: [{ field: 'body.slug' }] });
      const bad = await admin.agent.post('/api/communities').set('X-XSRF-TOKEN', admin.xsrf).send({ slug: 'Open Data!', name: 'x', visibility: 'secret', joinPolicy: 'open' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.name', 'body.slug', 'body.visibility']);
      expect(await t.dataSource.getRepository(CommunityEntity).countBy({ name: 'Another one' })).toBe(0);
    });

    it('edits name, visibility and slug; an empty patch is a 400', async () => {
      const admin = await anAdmin();
      const community = await aCommunity(t.dataSource);
      const slug = `renamed-${Date.now()}`;
      const res = await admin.agent.patch(`/api/communities/${community.slug}`).set('X-XSRF-TOKEN', admin.xsrf).send({ slug, name: 'Renamed community', visibility: 'private' }).expect(200);
      expect(res.body).toMatchObject({ slug, name: 'Renamed community', visibility: 'private' });
      await admin.agent.get(`/api/communities/${community.slug}`).expect(404);
      await admin.agent.patch(`/api/communities/${slug}`).set('X-XSRF-TOKEN', admin.xsrf).send({}).expect(400);
    });

    it('appoints a community moderator among active members only', async () => {
      const admin = await anAdmin();
      const community = await aCommunity(t.dataSource);
      const { user, agent } = await aMember();
      const outsider = await aUser(t.dataSource);
      expect((await admin.agent.put(`/api/communities/${community.slug}/members/${outsider.id}/role`).set('X-XSRF-TOKEN', admin.xsrf).send({ role: 'moderator' }).expect(409)).body.code).toBe('NOT_A_MEMBER');
      await aMembership(t.dataSource, community, user);
      await admin.agent.put(`/api/communities/${community.slug}/members/${user.id}/role`).set('X-XSRF-TOKEN', admin.xsrf).send({ role: 'moderator' }).expect(204);
      const detail = (await agent.get(`/api/communities/${community.slug}`).expect(200)).body as CommunityDetail;
      expect(detail.moderators).toEqual([{ id: user.id, displayName: user.displayName }]);
      expect(detail.viewer).toMatchObject({ membership: { role: 'moderator', state: 'active' }, canModerate: true, canEdit: false });
      await admin.agent.put(`/api/communities/${community.slug}/members/not-a-uuid/role`).set('X-XSRF-TOKEN', admin.xsrf).send({ role: 'moderator' }).expect(400);
    });
  });

  describe('joining', () => {
    it('joins an open community at once and leaves it, keeping the member count', async () => {
      const community = await aCommunity(t.dataSource, { joinPolicy: 'open' });
      const { agent, xsrf } = await aMember();
      const joined = (await agent.post(`/api/communities/${community.slug}/join`).set('X-XSRF-TOKEN', xsrf).expect(200)).body as CommunityDetail;
      expect(joined).toMatchObject({ memberCount: 1, viewer: { membership: { role: 'member', state: 'active' }, canJoin: false, canPost: true } });
      expect((await agent.post(`/api/communities/${community.slug}/join`).set('X-XSRF-TOKEN', xsrf).expect(409)).body.code).toBe('ALREADY_MEMBER');
      await agent.post(`/api/communities/${community.slug}/leave`).set('X-XSRF-TOKEN', xsrf).expect(204);
      expect(await memberCount(community.id)).toBe(0);
      expect((await agent.post(`/api/communities/${community.slug}/leave`).set('X-XSRF-TOKEN', xsrf).expect(409)).body.code).toBe('NOT_A_MEMBER');
    });

    it('asks to join a community that takes requests; a community moderator approves', async () => {
      const community = await aCommunity(t.dataSource, { joinPolicy: 'request' });
      const moderatorUser = await aUser(t.dataSource);
      await aMembership(t.dataSource, community, moderatorUser, 'moderator');
      const moderator = await signedIn(t.http, moderatorUser.email);
      const { user, agent, xsrf } = await aMember();

      const asked = (await agent.post(`/api/communities/${community.slug}/join`).set('X-XSRF-TOKEN', xsrf).expect(200)).body as CommunityDetail;
      expect(asked.viewer).toMatchObject({ membership: { state: 'requested' }, canPost: false, canJoin: false });
      expect(asked.memberCount).toBe(1);
      const requests = (await moderator.agent.get(`/api/communities/${community.slug}/members?state=requested`).expect(200)).body as MemberPage;
      expect(requests.items.map((m) => m.user.id)).toEqual([user.id]);
      await agent.get(`/api/communities/${community.slug}/members?state=requested`).expect(403);
      // Someone else may not approve.
      await agent.post(`/api/communities/${community.slug}/members/${user.id}/approve`).set('X-XSRF-TOKEN', xsrf).expect(403);
      await moderator.agent.post(`/api/communities/${community.slug}/members/${user.id}/approve`).set('X-XSRF-TOKEN', moderator.xsrf).expect(204);
      expect(await memberCount(community.id)).toBe(2);
      expect((await moderator.agent.post(`/api/communities/${community.slug}/members/${user.id}/approve`).set('X-XSRF-TOKEN', moderator.xsrf).expect(409)).body.code).toBe('NOTHING_TO_APPROVE');
      const audit = await t.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1`, [user.id]);
      expect(audit).toEqual([{ action: 'community.member-approved', actor_id: moderatorUser.id }]);
    });

    it('keeps an invitation-only private community hidden until the invitation, which is accepted by joining', async () => {
      const community = await aCommunity(t.dataSource, { visibility: 'private', joinPolicy: 'invite' });
      const moderatorUser = await aUser(t.dataSource);
      await aMembership(t.dataSource, community, moderatorUser, 'moderator');
      const moderator = await signedIn(t.http, moderatorUser.email);
      const { user, agent, xsrf } = await aMember();

      await agent.get(`/api/communities/${community.slug}`).expect(404);
      await agent.post(`/api/communities/${community.slug}/join`).set('X-XSRF-TOKEN', xsrf).expect(404);
      await moderator.agent.post(`/api/communities/${community.slug}/invitations`).set('X-XSRF-TOKEN', moderator.xsrf).send({ userId: user.id }).expect(204);
      const invited = (await agent.get(`/api/communities/${community.slug}`).expect(200)).body as CommunityDetail;
      expect(invited.viewer).toMatchObject({ membership: { state: 'invited' }, canRead: false, canJoin: true, canPost: false });
      // Seen, but not readable until accepted.
      await agent.get(`/api/communities/${community.slug}/members`).expect(404);
      await agent.post(`/api/communities/${community.slug}/join`).set('X-XSRF-TOKEN', xsrf).expect(200);
      expect((await agent.get(`/api/communities/${community.slug}/members`).expect(200)).body.items).toHaveLength(2);
      // After leaving, it is gone again.
      await agent.post(`/api/communities/${community.slug}/leave`).set('X-XSRF-TOKEN', xsrf).expect(204);
      await agent.get(`/api/communities/${community.slug}`).expect(404);
    });

    it('refuses to join an invitation-only community without an invitation', async () => {
      const community = await aCommunity(t.dataSource, { joinPolicy: 'invite' });
      const { agent, xsrf } = await aMember();
      expect((await agent.post(`/api/communities/${community.slug}/join`).set('X-XSRF-TOKEN', xsrf).expect(403)).body.code).toBe('INVITE_ONLY');
    });

    it('counts members right when many join at once', async () => {
      const community = await aCommunity(t.dataSource, { joinPolicy: 'open' });
      const members = await Promise.all(Array.from({ length: 8 }, () => aMember()));
      const results = await Promise.all(members.flatMap((m) => [m, m]).map((m) => m.agent.post(`/api/communities/${community.slug}/join`).set('X-XSRF-TOKEN', m.xsrf)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(8);
      expect(results.filter((r) => r.status === 409)).toHaveLength(8);
      expect(await memberCount(community.id)).toBe(8);
    });
  });

  describe('members', () => {
    it('lists active members with their organisation, longest-standing first, page by page', async () => {
      const community = await aCommunity(t.dataSource);
      const users = [];
      for (let i = 0; i < 5; i++) {
        const user = await aUser(t.dataSource);
        await aMembership(t.dataSource, community, user);
        users.push(user);
      }
      await aMembership(t.dataSource, community, await aUser(t.dataSource), 'member', 'requested');
      const { agent } = await aBrowser(t.http);
      const first = (await agent.get(`/api/communities/${community.slug}/members?limit=3`).expect(200)).body as MemberPage;
      const second = (await agent.get(`/api/communities/${community.slug}/members?limit=3&cursor=${encodeURIComponent(first.nextCursor ?? '')}`).expect(200)).body as MemberPage;
      expect([...first.items, ...second.items].map((m) => m.user.id)).toEqual(users.map((u) => u.id));
      expect(second.nextCursor).toBeNull();
      expect(first.items[0]).toMatchObject({ role: 'member', state: 'active', user: { displayName: users[0]?.displayName, organisationName: expect.any(String) } });
    });

    it('lets a community moderator remove a member, with a reason in the audit log', async () => {
      const community = await aCommunity(t.dataSource);
      const moderatorUser = await aUser(t.dataSource);
      await aMembership(t.dataSource, community, moderatorUser, 'moderator');
      const target = await aUser(t.dataSource);
      await aMembership(t.dataSource, community, target);
      const moderator = await signedIn(t.http, moderatorUser.email);
      await moderator.agent.delete(`/api/communities/${community.slug}/members/${target.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({ reason: 'Left the organisation' }).expect(204);
      expect(await memberCount(community.id)).toBe(1);
      const [entry] = await t.dataSource.query(`SELECT action, reason FROM audit_log WHERE target_id = $1`, [target.id]);
      expect(entry).toEqual({ action: 'community.member-removed', reason: 'Left the organisation' });
      await moderator.agent.delete(`/api/communities/${community.slug}/members/${target.id}`).set('X-XSRF-TOKEN', moderator.xsrf).expect(404);
    });
  });
});
