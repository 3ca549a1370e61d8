import { type MailCatcher, type TestApp, TEST_PASSWORD, aBrowser, anOrganisation, aUser, createTestApp, signedIn, startMailCatcher, tokenFromMail } from '@sce/api-testing';
import type { OrganisationEntity } from '@sce/api-identity';

describe('accounts: register, verify, reset', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let trusted: OrganisationEntity;
  let other: OrganisationEntity;
  const password = 'tidal flats of the wadden sea';

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await createTestApp([], { SMTP_URL: mail.url, PUBLIC_URL: 'http://exchange.example.org' });
    trusted = await anOrganisation(t.dataSource, { emailDomains: ['trusted.example.org'] });
    other = await anOrganisation(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const post = async (path: string, body: object) => {
    const { agent, xsrf } = await aBrowser(t.http);
    return agent.post(path).set('X-XSRF-TOKEN', xsrf).set('Origin', t.config.publicUrl).send(body);
  };

  it('registers, mails a link built from PUBLIC_URL, and activates a trusted domain on verification', async () => {
    const email = `new.person-${Date.now()}@trusted.example.org`;
    const res = await post('/api/auth/register', { email, displayName: '  Anna   de Boer ', organisationId: trusted.id, password });
    expect(res.status).toBe(202);
    const message = await mail.waitFor(email, /Confirm your email/);
    expect(message.text).toContain('http://exchange.example.org/verify-email?token=');
    expect(message.html).toContain('Anna de Boer');

    const [user] = (await t.dataSource.query('SELECT status, display_name FROM users WHERE email = $1', [email])) as { status: string; display_name: string }[];
    expect(user).toEqual({ status: 'pending', display_name: 'Anna de Boer' });

    const login = await post('/api/auth/login', { email, password });
    expect(login.body.code).toBe('ACCOUNT_PENDING');

    const verified = await post('/api/auth/verify', { token: tokenFromMail(message) });
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({ status: 'active' });
    await signedIn(t.http, email, password);
  });

  it('leaves other domains waiting for approval after verification', async () => {
    const email = `someone-${Date.now()}@elsewhere.example.org`;
    expect((await post('/api/auth/register', { email, displayName: 'Sam Visser', organisationId: other.id, password })).status).toBe(202);
    const verified = await post('/api/auth/verify', { token: tokenFromMail(await mail.waitFor(email, /Confirm/)) });
    expect(verified.body).toEqual({ status: 'awaiting-approval' });
    expect((await post('/api/auth/login', { email, password })).body.code).toBe('ACCOUNT_PENDING');
  });

  it('refuses a verification link the second time', async () => {
    const email = `twice-${Date.now()}@trusted.example.org`;
    await post('/api/auth/register', { email, displayName: 'Twice Used', organisationId: trusted.id, password });
    const token = tokenFromMail(await mail.waitFor(email, /Confirm/));
    expect((await post('/api/auth/verify', { token })).status).toBe(200);
    const again = await post('/api/auth/verify', { token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('LINK_INVALID');
  });

  it('answers a known address like a new one, and tells the owner by mail', async () => {
    const existing = await aUser(t.dataSource, { organisationId: other.id });
    const res = await post('/api/auth/register', { email: existing.email, displayName: 'Impostor', organisationId: other.id, password });
    expect(res.status).toBe(202);
    const fresh = await post('/api/auth/register', { email: `fresh-${Date.now()}@x.example.org`, displayName: 'Fresh Person', organisationId: other.id, password });
    expect(res.body).toEqual(fresh.body);
    await mail.waitFor(existing.email, /tried to register/);
    const [{ count }] = (await t.dataSource.query('SELECT count(*)::int AS count FROM users WHERE email = $1', [existing.email])) as { count: number }[];
    expect(count).toBe(1);
  });

  it.each([
    [{ password: 'short' }, 'body.password'],
    [{ password: 'qwerty123456' }, 'body.password'],
    [{ displayName: 'Admin\u202Eteam' }, 'body.displayName'],
    [{ email: 'not-an-email' }, 'body.email'],
    [{ organisationId: '00000000-0000-4000-8000-000000000000' }, 'body.organisationId'],
  ])('refuses %o naming %s, storing nothing', async (override, field) => {
    const email = `refused-${Date.now()}@x.example.org`;
    const res = await post('/api/auth/register', { email, displayName: 'Valid Name', organisationId: other.id, password, ...override });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await t.dataSource.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
  });

  describe('password reset', () => {
    it('resets with the mailed link, ends every session, and the link works once', async () => {
      const user = await aUser(t.dataSource);
      const session = await signedIn(t.http, user.email);
      await session.agent.get('/api/auth/me').expect(200);

      expect((await post('/api/auth/password/forgot', { email: user.email.toUpperCase() })).status).toBe(202);
      const token = tokenFromMail(await mail.waitFor(user.email, /new password/));
      expect((await post('/api/auth/password/reset', { token, password })).status).toBe(204);

      await session.agent.get('/api/auth/me').expect(401);
      expect((await post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
      await signedIn(t.http, user.email, password);
      const again = await post('/api/auth/password/reset', { token, password: 'another long passphrase here' });
      expect(again.body.code).toBe('LINK_INVALID');
    });

    it('refuses an expired link when it is used', async () => {
      const user = await aUser(t.dataSource);
      await post('/api/auth/password/forgot', { email: user.email });
      const token = tokenFromMail(await mail.waitFor(user.email, /new password/));
      await t.dataSource.query(`UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      const res = await post('/api/auth/password/reset', { token, password });
      expect(res.body.code).toBe('LINK_INVALID');
      await signedIn(t.http, user.email);
    });

    it('answers an unknown address like a known one and sends nothing', async () => {
      const before = mail.mails.length;
      const unknown = await post('/api/auth/password/forgot', { email: 'nobody-here@x.example.org' });
      const user = await aUser(t.dataSource);
      const known = await post('/api/auth/password/forgot', { email: user.email });
      expect(unknown.status).toBe(202);
      expect(unknown.body).toEqual(known.body);
      await mail.waitFor(user.email, /new password/);
      expect(mail.mails.length).toBe(before + 1);
    });

    it('refuses a common new password and keeps the link usable', async () => {
      const user = await aUser(t.dataSource);
      await post('/api/auth/password/forgot', { email: user.email });
      const token = tokenFromMail(await mail.waitFor(user.email, /new password/));
      const weak = await post('/api/auth/password/reset', { token, password: 'password1234' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors[0].field).toBe('body.password');
      expect((await post('/api/auth/password/reset', { token, password })).status).toBe(204);
    });
  });
});
