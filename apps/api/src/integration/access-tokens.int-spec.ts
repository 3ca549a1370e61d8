import { type TestApp, aUser, createTestApp, signedIn } from '@sce/api-testing';
import request from 'supertest';

describe('personal access tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([]);
  });
  afterAll(() => t.close());

  it('creates a token shown once, which works as a Bearer credential without CSRF, until revoked', async () => {
    const user = await aUser(t.dataSource, { role: 'researcher' });
    const { agent, xsrf } = await signedIn(t.http, user.email);
    const created = await agent.post('/api/users/me/tokens').set('X-XSRF-TOKEN', xsrf).send({ name: 'Data warehouse sync', expiresInDays: 30 }).expect(201);
    expect(created.body.token).toMatch(/^sce_pat_[A-Za-z0-9_-]{43}$/);
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);

    const list = await agent.get('/api/users/me/tokens').expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, name: 'Data warehouse sync', lastUsedAt: null })]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);

    const bearer = `Bearer ${created.body.token}`;
    const me = await request(t.http).get('/api/users/me').set('Authorization', bearer).expect(200);
    expect(me.body.id).toBe(user.id);
    // A state-changing call with only a bearer token needs no CSRF token.
    await request(t.http).patch('/api/users/me').set('Authorization', bearer).send({ bio: 'Set by an integration.' }).expect(200);
    expect((await agent.get('/api/users/me/tokens')).body[0].lastUsedAt).not.toBeNull();
    // A leaked token cannot mint its successor.
    const minted = await request(t.http).post('/api/users/me/tokens').set('Authorization', bearer).send({ name: 'Successor' }).expect(403);
    expect(minted.body.code).toBe('FORBIDDEN');

    await agent.delete(`/api/users/me/tokens/${created.body.id}`).set('X-XSRF-TOKEN', xsrf).expect(204);
    await request(t.http).get('/api/users/me').set('Authorization', bearer).expect(401);
    await agent.delete(`/api/users/me/tokens/${created.body.id}`).set('X-XSRF-TOKEN', xsrf).expect(404);
    await agent.delete('/api/users/me/tokens/not-an-id').set('X-XSRF-TOKEN', xsrf).expect(400);
  });

  it('refuses tokens that expired, belong to a suspended person, or were made up', async () => {
    const user = await aUser(t.dataSource);
    const { agent, xsrf } = await signedIn(t.http, user.email);
    const expiring = (await agent.post('/api/users/me/tokens').set('X-XSRF-TOKEN', xsrf).send({ name: 'Expiring' }).expect(201)).body;
    await t.dataSource.query(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.id]);
    await request(t.http).get('/api/users/me').set('Authorization', `Bearer ${expiring.token}`).expect(401);

    const live = (await agent.post('/api/users/me/tokens').set('X-XSRF-TOKEN', xsrf).send({ name: 'Live' }).expect(201)).body;
    await request(t.http).get('/api/users/me').set('Authorization', `Bearer ${live.token}`).expect(200);
    await t.dataSource.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [user.id]);
    await request(t.http).get('/api/users/me').set('Authorization', `Bearer ${live.token}`).expect(401);

    await request(t.http).get('/api/users/me').set('Authorization', 'Bearer sce_pat_made-up-token').expect(401);
    await request(t.http).get('/api/users/me').set('Authorization', 'Basic dXNlcjpwYXNz').expect(401);
  });

  it('cannot revoke someone else’s token, and validates the name', async () => {
    const owner = await aUser(t.dataSource);
    const ownerClient = await signedIn(t.http, owner.email);
    const token = (await ownerClient.agent.post('/api/users/me/tokens').set('X-XSRF-TOKEN', ownerClient.xsrf).send({ name: 'Mine' }).expect(201)).body;
    const other = await aUser(t.dataSource);
    const otherClient = await signedIn(t.http, other.email);
    await otherClient.agent.delete(`/api/users/me/tokens/${token.id}`).set('X-XSRF-TOKEN', otherClient.xsrf).expect(404);
    const bad = await otherClient.agent.post('/api/users/me/tokens').set('X-XSRF-TOKEN', otherClient.xsrf).send({ name: '', expiresInDays: 1000 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.expiresInDays', 'body.name']);
  });
});
