import { type TestApp, TEST_PASSWORD, aBrowser, aUser, createTestApp, signedIn } from '@sce/api-testing';
import { ACCESS_TOKEN_AUDIENCE } from '@sce/api-identity';
import { Permission } from '@sce/shared-contracts';
import jwt from 'jsonwebtoken';
import request from 'supertest';

describe('sessions: /api/auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([]);
  });
  afterAll(() => t.close());

  const cookieValue = (res: request.Response, name: string): string | undefined =>
    ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => new RegExp(`^${name}=([^;]*)`).exec(c)?.[1]).find((v) => v !== undefined);

  it('signs in, sets httpOnly SameSite cookies and knows who is there', async () => {
    const user = await aUser(t.dataSource, { role: 'researcher' });
    const { agent, xsrf } = await aBrowser(t.http);
    const res = await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: user.email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ id: user.id, email: user.email, role: 'researcher' });
    expect(res.body.permissions).toContain(Permission.PostResearch);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('sce_access='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('sce_access='))).toMatch(/SameSite=Lax/i);
    expect(cookies.find((c) => c.startsWith('sce_refresh='))).toMatch(/Path=\/api\/auth;.*HttpOnly.*SameSite=Strict/i);

    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.id).toBe(user.id);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const user = await aUser(t.dataSource);
    const { agent, xsrf } = await aBrowser(t.http);
    const wrong = await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: user.email, password: 'not the password at all' }).expect(401);
    const unknown = await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: 'nobody@test.example.org', password: 'not the password at all' }).expect(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('tells a pending or suspended person so, only after the right password', async () => {
    const pending = await aUser(t.dataSource, { status: 'pending' });
    const suspended = await aUser(t.dataSource, { status: 'suspended' });
    const { agent, xsrf } = await aBrowser(t.http);
    expect((await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: pending.email, password: TEST_PASSWORD }).expect(403)).body.code).toBe('ACCOUNT_PENDING');
    expect((await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: pending.email, password: 'wrong password here' }).expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    expect((await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: suspended.email, password: TEST_PASSWORD }).expect(403)).body.code).toBe('ACCOUNT_SUSPENDED');
  });

  it('validates the login body', async () => {
    const { agent, xsrf } = await aBrowser(t.http);
    const res = await agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf).send({ email: 'not-an-email', password: 'x'.repeat(129) }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.email', 'body.password']);
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without the token', async () => {
      const user = await aUser(t.dataSource);
      const res = await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(403);
      expect(res.body.code).toBe('CSRF_FAILED');
    });

    it('refuses a token that does not match the cookie', async () => {
      const { agent } = await aBrowser(t.http);
      await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', 'a'.repeat(43)).expect(403);
    });

    it('refuses another origin even with the token', async () => {
      const { agent, xsrf } = await aBrowser(t.http);
      const res = await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', xsrf).set('Origin', 'https://evil.example.com').expect(403);
      expect(res.body.code).toBe('CSRF_FAILED');
      await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', xsrf).set('Origin', t.config.publicUrl).expect(204);
    });
  });

  describe('refresh rotation', () => {
    it('rotates the refresh token, and a reused one ends the whole session', async () => {
      const user = await aUser(t.dataSource);
      const { agent, xsrf } = await signedIn(t.http, user.email);
      const jar = (agent as unknown as { jar: { getCookie(name: string, access: object): { value: string } | undefined } }).jar;
      const access = { domain: '127.0.0.1', path: '/api/auth', secure: false, script: false };
      const firstRefresh = jar.getCookie('sce_refresh', access)?.value;
      expect(firstRefresh).toBeTruthy();

      const rotated = await agent.post('/api/auth/refresh').set('X-XSRF-TOKEN', xsrf).expect(200);
      const secondRefresh = cookieValue(rotated, 'sce_refresh');
      expect(secondRefresh).toBeTruthy();
      expect(secondRefresh).not.toBe(firstRefresh);
      const newAccess = cookieValue(rotated, 'sce_access');
      await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${newAccess}`).expect(200);

      // An attacker replays the first refresh token: refused, and the session is gone for everyone.
      const replay = await aBrowser(t.http);
      await replay.agent.post('/api/auth/refresh').set('Cookie', `sce_refresh=${firstRefresh}; XSRF-TOKEN=${replay.xsrf}`).set('X-XSRF-TOKEN', replay.xsrf).expect(401);
      await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${newAccess}`).expect(401);
      await agent.post('/api/auth/refresh').set('X-XSRF-TOKEN', xsrf).expect(401);
    });

    it('refuses a refresh without a token', async () => {
      const { agent, xsrf } = await aBrowser(t.http);
      await agent.post('/api/auth/refresh').set('X-XSRF-TOKEN', xsrf).expect(401);
    });
  });

  it('signing out ends the session at once', async () => {
    const user = await aUser(t.dataSource);
    const { agent, xsrf } = await signedIn(t.http, user.email);
    await agent.get('/api/auth/me').expect(200);
    await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', xsrf).expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('a suspension ends existing sessions at once', async () => {
    const user = await aUser(t.dataSource);
    const { agent } = await signedIn(t.http, user.email);
    await agent.get('/api/auth/me').expect(200);
    await t.dataSource.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [user.id]);
    await agent.get('/api/auth/me').expect(401);
  });

  describe('access tokens that are refused', () => {
    let claims: { sub: string; sid: string; role: string };
    beforeAll(async () => {
      const user = await aUser(t.dataSource);
      const { agent } = await signedIn(t.http, user.email);
      const res = await agent.get('/api/auth/me').expect(200);
      const session = (await t.dataSource.query('SELECT id FROM sessions WHERE user_id = $1', [user.id])) as { id: string }[];
      claims = { sub: res.body.id, sid: session[0].id, role: 'admin' };
    });
    const me = (token: string) => request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    const good = { issuer: () => t.config.publicUrl, audience: ACCESS_TOKEN_AUDIENCE };

    it('accepts a well-formed token (control)', async () => {
      await me(jwt.sign(claims, t.config.secrets.jwt, { algorithm: 'HS256', issuer: good.issuer(), audience: good.audience, expiresIn: 60 })).expect(200);
    });

    it.each([
      ['alg none', () => jwt.sign(claims, '', { algorithm: 'none', issuer: good.issuer(), audience: good.audience })],
      ['a wrong key', () => jwt.sign(claims, 'another-key-that-is-long-enough-0123456789', { algorithm: 'HS256', issuer: good.issuer(), audience: good.audience })],
      ['another audience', () => jwt.sign(claims, t.config.secrets.jwt, { algorithm: 'HS256', issuer: good.issuer(), audience: 'another-api' })],
      ['another issuer', () => jwt.sign(claims, t.config.secrets.jwt, { algorithm: 'HS256', issuer: 'https://evil.example.com', audience: good.audience })],
      ['an expired token', () => jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, t.config.secrets.jwt, { algorithm: 'HS256', issuer: good.issuer(), audience: good.audience })],
      ['HS512 instead of the pinned HS256', () => jwt.sign(claims, t.config.secrets.jwt, { algorithm: 'HS512', issuer: good.issuer(), audience: good.audience })],
      ['garbage', () => 'not.a.jwt'],
    ])('refuses %s with 401', async (_name, make) => {
      const res = await me(make()).expect(401);
      expect(['UNAUTHENTICATED', 'SESSION_EXPIRED']).toContain(res.body.code);
    });
  });

  it('takes the role from the database, not from the token', async () => {
    const user = await aUser(t.dataSource, { role: 'member' });
    const { agent } = await signedIn(t.http, user.email);
    const session = (await t.dataSource.query('SELECT id FROM sessions WHERE user_id = $1', [user.id])) as { id: string }[];
    const forged = jwt.sign({ sub: user.id, sid: session[0].id, role: 'admin' }, t.config.secrets.jwt, { algorithm: 'HS256', issuer: t.config.publicUrl, audience: ACCESS_TOKEN_AUDIENCE, expiresIn: 60 });
    // Even a correctly signed token cannot raise the role the database holds.
    const res = await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(200);
    expect(res.body.role).toBe('member');
    await agent.get('/api/auth/me').expect(200);
  });

  it('asks visitors to sign in on signed-in routes', async () => {
    const res = await request(t.http).get('/api/auth/me').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});
