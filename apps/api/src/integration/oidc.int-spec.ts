import { type TestApp, type TestOidcProvider, TEST_PASSWORD, aBrowser, aUser, anOrganisation, createTestApp, signedIn, startTestOidcProvider } from '@sce/api-testing';
import { ExternalIdentityEntity, UserEntity } from '@sce/api-identity';
import type request from 'supertest';

const PUBLIC_URL = 'http://localhost:3000';
const GHENT = '0e8f7c4a-1d2b-4c3e-9f5a-6b7c8d9e0f11';
const AARHUS = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c10';

describe('single sign-on: /api/auth/oidc', () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  let subjects = 0;

  beforeAll(async () => {
    provider = await startTestOidcProvider(`${PUBLIC_URL}/api/auth/oidc/callback`);
    t = await createTestApp([], {
      PUBLIC_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_ORGANISATIONS: `${GHENT},${AARHUS}`,
      OIDC_NAME: 'North Sea city login',
    });
    await anOrganisation(t.dataSource, { id: GHENT, name: 'City of Ghent (test)', emailDomains: ['ghent.example'] });
    await anOrganisation(t.dataSource, { id: AARHUS, name: 'Aarhus Municipality (test)', emailDomains: ['aarhus.example'] });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  const newSubject = () => `subject-${++subjects}-${Date.now()}`;
  const setCookies = (res: request.Response): string[] => ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const sessionCookieSet = (res: request.Response) => setCookies(res).some((c) => /^sce_access=[^;]+/.test(c));

  /** Starts at the app, passes the provider, optionally tampers with the URLs, returns the app's final redirect. */
  async function signInThroughProvider(
    browser: request.Agent,
    options: { start?: string; authorizationUrl?: (url: URL) => void; callbackUrl?: (url: URL) => void } = {},
  ): Promise<request.Response> {
    const start = await browser.get(options.start ?? '/api/auth/oidc/start?returnTo=/communities').expect(302);
    const authorizationUrl = new URL(start.headers['location'] as string);
    expect(authorizationUrl.origin).toBe(provider.issuer);
    options.authorizationUrl?.(authorizationUrl);
    const callback = await provider.authorize(authorizationUrl.href);
    options.callbackUrl?.(callback);
    // Every outcome, failures included, is a redirect back into the app.
    return browser.get(`${callback.pathname}${callback.search}`).expect(302);
  }

  it('says whether it is offered and under which name', async () => {
    const { agent } = await aBrowser(t.http);
    expect((await agent.get('/api/auth/oidc').expect(200)).body).toEqual({ enabled: true, name: 'North Sea city login' });
  });

  it('sends the browser to the provider with state, nonce and PKCE (S256)', async () => {
    const { agent } = await aBrowser(t.http);
    const res = await agent.get('/api/auth/oidc/start').expect(302);
    const url = new URL(res.headers['location'] as string);
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (const parameter of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(parameter)).toMatch(/^[\w-]{22,}$/);
    expect(setCookies(res).find((c) => c.startsWith('sce_oidc='))).toMatch(/Path=\/api\/auth\/oidc;.*HttpOnly.*SameSite=Lax/i);
  });

  it('creates an account in the organisation of the email domain at the first sign-in, and finds it by subject afterwards', async () => {
    const sub = newSubject();
    await provider.nextLogin({ sub, email: `Lotte.${sub}@Aarhus.example`, email_verified: true, name: 'Lotte Sørensen', locale: 'da-DK' });
    const { agent } = await aBrowser(t.http);
    const res = await signInThroughProvider(agent);
    expect(res.headers['location']).toBe(`${PUBLIC_URL}/communities`);
    expect(sessionCookieSet(res)).toBe(true);
    const me = (await agent.get('/api/auth/me').expect(200)).body;
    expect(me).toMatchObject({ email: `lotte.${sub}@aarhus.example`, displayName: 'Lotte Sørensen', organisationId: AARHUS, role: 'member', language: 'da' });

    // The provider now reports another address: still the same account, found by (issuer, subject).
    await provider.nextLogin({ sub, email: `l.sorensen.${sub}@aarhus.example`, email_verified: true, name: 'Lotte Sørensen' });
    const again = await aBrowser(t.http);
    await signInThroughProvider(again.agent);
    expect((await again.agent.get('/api/auth/me').expect(200)).body.id).toBe(me.id);
    expect(await t.dataSource.getRepository(ExternalIdentityEntity).countBy({ userId: me.id })).toBe(1);
  });

  it('never joins an existing account by email alone', async () => {
    const existing = await aUser(t.dataSource, { email: `taken.${Date.now()}@ghent.example`, organisationId: GHENT });
    await provider.nextLogin({ sub: newSubject(), email: existing.email, email_verified: true, name: 'Someone Else' });
    const { agent } = await aBrowser(t.http);
    const res = await signInThroughProvider(agent);
    expect(res.headers['location']).toBe(`${PUBLIC_URL}/sign-in?ssoError=SSO_EMAIL_IN_USE`);
    expect(sessionCookieSet(res)).toBe(false);
    await agent.get('/api/auth/me').expect(401);
    expect(await t.dataSource.getRepository(ExternalIdentityEntity).countBy({ userId: existing.id })).toBe(0);
  });

  it('lets a signed-in person link their provider account, which then signs them in', async () => {
    const user = await aUser(t.dataSource, { email: `jan.${Date.now()}@ghent.example`, organisationId: GHENT });
    const { agent } = await signedIn(t.http, user.email, TEST_PASSWORD);
    const sub = newSubject();
    await provider.nextLogin({ sub, email: user.email, email_verified: true, name: 'Jan Peeters' });
    const linked = await signInThroughProvider(agent, { start: '/api/auth/oidc/start?link=true' });
    expect(linked.headers['location']).toBe(`${PUBLIC_URL}/settings/account?sso=linked`);

    await provider.nextLogin({ sub, email: user.email, email_verified: true });
    const fresh = await aBrowser(t.http);
    await signInThroughProvider(fresh.agent);
    expect((await fresh.agent.get('/api/auth/me').expect(200)).body.id).toBe(user.id);
  });

  it('refuses to link without a session', async () => {
    const { agent } = await aBrowser(t.http);
    expect((await agent.get('/api/auth/oidc/start?link=true').expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to link a provider account that belongs to someone else', async () => {
    const sub = newSubject();
    await provider.nextLogin({ sub, email: `owner.${sub}@ghent.example`, email_verified: true, name: 'First Owner' });
    await signInThroughProvider((await aBrowser(t.http)).agent);
    const other = await aUser(t.dataSource, { organisationId: GHENT });
    const { agent } = await signedIn(t.http, other.email);
    await provider.nextLogin({ sub, email: `owner.${sub}@ghent.example` });
    const res = await signInThroughProvider(agent, { start: '/api/auth/oidc/start?link=true' });
    expect(res.headers['location']).toBe(`${PUBLIC_URL}/settings/account?ssoError=SSO_ALREADY_LINKED`);
  });

  describe('refuses', () => {
    const refusedWith = (res: request.Response, code: string) => {
      expect(res.status).toBe(302);
      expect(res.headers['location']).toBe(`${PUBLIC_URL}/sign-in?ssoError=${code}`);
      expect(sessionCookieSet(res)).toBe(false);
    };

    beforeEach(() => provider.nextLogin({ sub: newSubject(), email: `someone.${Date.now()}@ghent.example`, email_verified: true, name: 'Some One' }));

    it('a callback with the wrong state', async () => {
      const { agent } = await aBrowser(t.http);
      refusedWith(await signInThroughProvider(agent, { callbackUrl: (url) => url.searchParams.set('state', 'forged-state-value-0123456789') }), 'SSO_FAILED');
      await agent.get('/api/auth/me').expect(401);
    });

    it('an ID token with the wrong nonce', async () => {
      const { agent } = await aBrowser(t.http);
      refusedWith(await signInThroughProvider(agent, { authorizationUrl: (url) => url.searchParams.set('nonce', 'a-nonce-the-app-never-made-0123') }), 'SSO_FAILED');
    });

    it('a code issued for another PKCE challenge', async () => {
      const { agent } = await aBrowser(t.http);
      refusedWith(await signInThroughProvider(agent, { authorizationUrl: (url) => url.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM') }), 'SSO_FAILED');
    });

    it('a callback in a browser that did not start the sign-in', async () => {
      const { agent } = await aBrowser(t.http);
      const other = await aBrowser(t.http);
      let stolen: URL | undefined;
      await signInThroughProvider(agent, { callbackUrl: (url) => (stolen = url) });
      refusedWith(await other.agent.get(`${stolen?.pathname}${stolen?.search}`), 'SSO_FAILED');
    });

    it('a callback that is used twice', async () => {
      const { agent } = await aBrowser(t.http);
      let callback: URL | undefined;
      await signInThroughProvider(agent, { callbackUrl: (url) => (callback = url) });
      const replay = await agent.get(`${callback?.pathname}${callback?.search}`).expect(302);
      // Signed in by the first use, so the explanation goes to the settings page.
      expect(replay.headers['location']).toBe(`${PUBLIC_URL}/settings/account?ssoError=SSO_FAILED`);
      expect(sessionCookieSet(replay)).toBe(false);
    });

    it('a person from an organisation that is not allowed', async () => {
      await provider.nextLogin({ sub: newSubject(), email: `visitor.${Date.now()}@elsewhere.example`, email_verified: true, name: 'Elsewhere Person' });
      const { agent } = await aBrowser(t.http);
      refusedWith(await signInThroughProvider(agent), 'SSO_ORGANISATION_NOT_ALLOWED');
      expect(await t.dataSource.getRepository(UserEntity).countBy({ displayName: 'Elsewhere Person' })).toBe(0);
    });

    it('a suspended account', async () => {
      const sub = newSubject();
      await provider.nextLogin({ sub, email: `suspended.${sub}@ghent.example`, email_verified: true, name: 'Soon Suspended' });
      const first = await aBrowser(t.http);
      await signInThroughProvider(first.agent);
      const me = (await first.agent.get('/api/auth/me').expect(200)).body;
      await t.dataSource.getRepository(UserEntity).update({ id: me.id }, { status: 'suspended' });
      const { agent } = await aBrowser(t.http);
      refusedWith(await signInThroughProvider(agent), 'ACCOUNT_SUSPENDED');
    });
  });

  it('returns only to paths inside the app', async () => {
    await provider.nextLogin({ sub: newSubject(), email: `returning.${Date.now()}@ghent.example`, email_verified: true, name: 'Re Turner' });
    const { agent } = await aBrowser(t.http);
    const res = await signInThroughProvider(agent, { start: '/api/auth/oidc/start?returnTo=//evil.example/steal' });
    expect(res.headers['location']).toBe(`${PUBLIC_URL}/`);
  });
});

describe('single sign-on when not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([]);
  });
  afterAll(() => t.close());

  it('says so and has no start', async () => {
    const { agent } = await aBrowser(t.http);
    expect((await agent.get('/api/auth/oidc').expect(200)).body).toEqual({ enabled: false, name: null });
    await agent.get('/api/auth/oidc/start').expect(404);
  });
});
