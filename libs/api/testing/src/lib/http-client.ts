import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { TEST_PASSWORD } from './builders';

export interface Browserish {
  agent: TestAgent;
  /** The XSRF token to echo in X-XSRF-TOKEN, as Angular does. */
  xsrf: string;
}

/** A cookie-keeping client that has fetched its CSRF cookie, like the web app after loading. */
export async function aBrowser(http: Parameters<typeof request.agent>[0]): Promise<Browserish> {
  const agent = request.agent(http);
  const res = await agent.get('/api/auth/csrf').expect(200);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const xsrf = cookies.map((c) => /^XSRF-TOKEN=([^;]+)/.exec(c)?.[1]).find(Boolean);
  if (!xsrf) throw new Error('GET /api/auth/csrf did not set XSRF-TOKEN');
  return { agent, xsrf };
}

/** A browser signed in as `email`. */
export async function signedIn(http: Parameters<typeof request.agent>[0], email: string, password = TEST_PASSWORD): Promise<Browserish> {
  const browser = await aBrowser(http);
  await browser.agent.post('/api/auth/login').set('X-XSRF-TOKEN', browser.xsrf).send({ email, password }).expect(200);
  return browser;
}
