import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface TestOidcAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  locale?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The next sign-in at the provider is this person. */
  nextLogin(account: TestOidcAccount): Promise<void>;
  /**
   * Plays the browser at the provider: follows an authorization URL through its (automatic)
   * login and consent until the provider sends the browser back to the app. Returns that
   * callback URL. Each call is a fresh browser, without a provider session.
   */
  authorize(authorizationUrl: string): Promise<URL>;
  stop(): Promise<void>;
}

/** Starts a real OpenID Connect provider (oidc-provider) on a free port for a test file. */
export async function startTestOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const clientId = 'smart-cities-exchange-test';
  const clientSecret = 'test-client-secret-that-is-long-enough';
  const child = spawn(process.execPath, [join(__dirname, 'test-oidc-provider.mjs'), clientId, clientSecret, redirectUri], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // Jest's flags are not for this process.
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const issuer = await firstLine(child);
  return {
    issuer,
    clientId,
    clientSecret,
    async nextLogin(account) {
      const response = await fetch(`${issuer}/test/next-login`, { method: 'POST', body: JSON.stringify(account) });
      if (response.status !== 204) throw new Error(`next-login answered ${response.status}`);
    },
    async authorize(authorizationUrl) {
      const cookies = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 10; hop++) {
        if (url.href.startsWith(redirectUri)) return url;
        const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
        for (const header of response.headers.getSetCookie()) {
          const [pair = ''] = header.split(';');
          const [name = '', ...value] = pair.split('=');
          cookies.set(name.trim(), value.join('='));
        }
        const location = response.headers.get('location');
        if (!location) throw new Error(`The provider stopped at ${url.pathname} with ${response.status}: ${await response.text()}`);
        url = new URL(location, url);
      }
      throw new Error('Too many redirects at the provider');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const newline = output.indexOf('\n');
      if (newline >= 0) resolve(output.slice(0, newline).trim());
    });
    child.once('exit', (code) => reject(new Error(`The test OIDC provider exited with ${code}`)));
  });
}
