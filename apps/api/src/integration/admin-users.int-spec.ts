import { type MailCatcher, type TestApp, TEST_PASSWORD, aBrowser, aUser, createTestApp, signedIn, startMailCatcher } from '@sce/api-testing';

describe('administration of people', () => {
  let t: TestApp;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await createTestApp([], { SMTP_URL: mail.url });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const asRole = async (role: 'member' | 'researcher' | 'moderator' | 'admin') => {
    const user = await aUser(t.dataSource, { role });
    return { user, ...(await signedIn(t.http, user.email)) };
  };
  const audit = async (targetId: string) =>
    ((await t.dataSource.query('SELECT action, actor_id, reason FROM audit_log WHERE target_id = $1 ORDER BY id', [targetId])) as { action: string; actor_id: string | null; reason: string | null }[]);

  it('lists and searches people, newest first, page by page', async () => {
    const admin = await asRole('admin');
    const tag = `find-me-${Date.now()}`;
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await aUser(t.dataSource, { displayName: `${tag} ${i}`, status: i === 0 ? 'pending' : 'active' }));
    const first = await admin.agent.get('/api/admin/users').query({ q: tag, limit: 2 }).expect(200);
    expect(first.body.items.map((u: { id: string }) => u.id)).toEqual([made[2].id, made[1].id]);
    const second = await admin.agent.get('/api/admin/users').query({ q: tag, limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body).toMatchObject({ items: [{ id: made[0].id, status: 'pending' }], nextCursor: null });
    const pending = await admin.agent.get('/api/admin/users').query({ q: tag, status: 'pending' }).expect(200);
    expect(pending.body.items).toHaveLength(1);
    await admin.agent.get('/api/admin/users').query({ status: 'sleeping' }).expect(400);
  });

  it('approves a verified pending account, tells the person, and audits it', async () => {
    const admin = await asRole('admin');
    const unverified = await aUser(t.dataSource, { status: 'pending', emailVerifiedAt: null });
    await admin.agent.post(`/api/admin/users/${unverified.id}/approve`).set('X-XSRF-TOKEN', admin.xsrf).expect(409);
    const person = await aUser(t.dataSource, { status: 'pending', emailVerifiedAt: new Date() });
    const res = await admin.agent.post(`/api/admin/users/${person.id}/approve`).set('X-XSRF-TOKEN', admin.xsrf).expect(200);
    expect(res.body.status).toBe('active');
    await mail.waitFor(person.email, /approved/);
    await signedIn(t.http, person.email);
    expect(await audit(person.id)).toEqual([{ action: 'user.approved', actor_id: admin.user.id, reason: null }]);
  });

  it('changes roles, and the new role applies to the next request', async () => {
    const admin = await asRole('admin');
    const person = await asRole('member');
    await person.agent.get('/api/admin/users').expect(403);
    await admin.agent.patch(`/api/admin/users/${person.user.id}/role`).set('X-XSRF-TOKEN', admin.xsrf).send({ role: 'admin' }).expect(200);
    await person.agent.get('/api/admin/users').expect(200);
    await admin.agent.patch(`/api/admin/users/${admin.user.id}/role`).set('X-XSRF-TOKEN', admin.xsrf).send({ role: 'member' }).expect(409);
    await admin.agent.patch(`/api/admin/users/${person.user.id}/role`).set('X-XSRF-TOKEN', admin.xsrf).send({ role: 'king' }).expect(400);
  });

  it('suspends with a reason and an end: sessions end at once, sign-in is refused, reactivation restores', async () => {
    const moderator = await asRole('moderator');
    const person = await asRole('member');
    const until = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    await moderator.agent.post(`/api/admin/users/${person.user.id}/suspend`).set('X-XSRF-TOKEN', moderator.xsrf).send({ until }).expect(400);
    const res = await moderator.agent.post(`/api/admin/users/${person.user.id}/suspend`).set('X-XSRF-TOKEN', moderator.xsrf).send({ reason: 'Repeated spam after a warning', until }).expect(200);
    expect(res.body).toMatchObject({ status: 'suspended', suspendedUntil: until, suspensionReason: 'Repeated spam after a warning' });
    await person.agent.get('/api/auth/me').expect(401);
    const { agent, xsrf } = await aBrowser(t.http);
    expect((await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: person.user.email, password: TEST_PASSWORD }).expect(403)).body.code).toBe('ACCOUNT_SUSPENDED');

    await moderator.agent.post(`/api/admin/users/${person.user.id}/reactivate`).set('X-XSRF-TOKEN', moderator.xsrf).expect(200);
    await signedIn(t.http, person.user.email);
    expect((await audit(person.user.id)).map((a) => a.action)).toEqual(['user.suspended', 'user.reactivated']);
  });

  it('lifts a suspension that has run out on the next sign-in', async () => {
    const person = await aUser(t.dataSource, { status: 'suspended', suspendedUntil: new Date(Date.now() - 1000), suspensionReason: 'Cooling off' });
    await signedIn(t.http, person.email);
    expect((await audit(person.id)).map((a) => a.action)).toEqual(['user.suspension-ended']);
  });

  it('does not let a moderator suspend a moderator or an admin, nor a member suspend anyone', async () => {
    const moderator = await asRole('moderator');
    const other = await aUser(t.dataSource, { role: 'moderator' });
    await moderator.agent.post(`/api/admin/users/${other.id}/suspend`).set('X-XSRF-TOKEN', moderator.xsrf).send({ reason: 'Testing the rule' }).expect(403);
    const member = await asRole('member');
    await member.agent.post(`/api/admin/users/${other.id}/suspend`).set('X-XSRF-TOKEN', member.xsrf).send({ reason: 'Testing the rule' }).expect(403);
    await moderator.agent.post('/api/admin/users/not-a-uuid/suspend').set('X-XSRF-TOKEN', moderator.xsrf).send({ reason: 'Nobody' }).expect(400);
  });

  it('lets admins read the audit log, filtered, and nobody else', async () => {
    const admin = await asRole('admin');
    const person = await aUser(t.dataSource, { status: 'pending', emailVerifiedAt: new Date() });
    await admin.agent.post(`/api/admin/users/${person.id}/approve`).set('X-XSRF-TOKEN', admin.xsrf).expect(200);
    const res = await admin.agent.get('/api/admin/audit').query({ targetId: person.id }).expect(200);
    expect(res.body.items).toEqual([expect.objectContaining({ action: 'user.approved', actorId: admin.user.id, actorName: admin.user.displayName, targetType: 'user', targetId: person.id })]);
    const moderator = await asRole('moderator');
    await moderator.agent.get('/api/admin/audit').expect(403);
  });
});
