import { type TestApp, TEST_PASSWORD, aBrowser, aUser, createTestApp } from '@sce/api-testing';

describe('rate limits on sign-in', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.close())));
  const appWith = async (env: Record<string, string>) => {
    const t = await createTestApp([], env);
    apps.push(t);
    return t;
  };
  const login = async (t: TestApp, email: string, password: string, forwardedFor?: string) => {
    const { agent, xsrf } = await aBrowser(t.http);
    const req = agent.post('/api/auth/login').set('X-XSRF-TOKEN', xsrf);
    if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
    return req.send({ email, password });
  };

  it('stops guessing one account after the limit, even with the right password', async () => {
    const t = await appWith({ AUTH_RATE_LIMIT_PER_ACCOUNT: '3', AUTH_RATE_LIMIT_PER_IP: '100' });
    const user = await aUser(t.dataSource);
    for (let i = 0; i < 3; i++) expect((await login(t, user.email, 'wrong password number x')).status).toBe(401);
    const blocked = await login(t, user.email.toUpperCase(), TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', detail: 'Too many attempts: wait a few minutes and try again.' });
    expect(blocked.headers['retry-after-account']).toBeDefined();
    // Another account from the same address is not affected by this account's limit.
    const other = await aUser(t.dataSource);
    expect((await login(t, other.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('limits one client IP across accounts, and a forged X-Forwarded-For does not help without trusted proxies', async () => {
    const t = await appWith({ AUTH_RATE_LIMIT_PER_ACCOUNT: '100', AUTH_RATE_LIMIT_PER_IP: '4' });
    for (let i = 0; i < 4; i++) expect((await login(t, `nobody${i}@x.example.org`, 'wrong password number x', `10.0.0.${i}`)).status).toBe(401);
    expect((await login(t, 'another@x.example.org', 'wrong password number x', '10.9.9.9')).status).toBe(429);
  });

  it('counts each client separately behind a trusted proxy hop', async () => {
    const t = await appWith({ AUTH_RATE_LIMIT_PER_ACCOUNT: '100', AUTH_RATE_LIMIT_PER_IP: '2', TRUST_PROXY: '1' });
    for (let i = 0; i < 2; i++) expect((await login(t, `a${i}@x.example.org`, 'wrong password number x', '192.0.2.10')).status).toBe(401);
    expect((await login(t, 'a3@x.example.org', 'wrong password number x', '192.0.2.10')).status).toBe(429);
    expect((await login(t, 'a4@x.example.org', 'wrong password number x', '192.0.2.11')).status).toBe(401);
  });

  const redisUrl = process.env['TEST_REDIS_URL'];
  // Needs a Redis server: CI sets TEST_REDIS_URL (these machines run one on 127.0.0.1:6379).
  (redisUrl ? it : it.skip)('shares the counts between instances through Redis', async () => {
    const env = { REDIS_URL: redisUrl ?? '', AUTH_RATE_LIMIT_PER_ACCOUNT: '3', AUTH_RATE_LIMIT_PER_IP: '100' };
    const [a, b] = [await appWith(env), await appWith(env)];
    const email = `shared-${Date.now()}-${Math.random().toString(36).slice(2)}@x.example.org`;
    expect((await login(a, email, 'wrong password number x')).status).toBe(401);
    expect((await login(a, email, 'wrong password number x')).status).toBe(401);
    expect((await login(b, email, 'wrong password number x')).status).toBe(401);
    expect((await login(b, email, 'wrong password number x')).status).toBe(429);
  });
});
