// An OpenID Connect provider for tests (oidc-provider), run as a child process because the
// package is ESM-only. It signs in whoever the test named last (POST /test/next-login) without a
// login form, and prints its issuer URL on stdout once it listens.
// Usage: node test-oidc-provider.mjs <client_id> <client_secret> <redirect_uri>
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [clientId, clientSecret, redirectUri] = process.argv.slice(2);
const accounts = new Map();
let nextLogin = null;

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name', 'locale'] },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) }),
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['test-only-cookie-key'] },
});
provider.on('server_error', (_ctx, error) => console.error('oidc-provider error', error));
const handle = provider.callback();

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    if (!nextLogin) throw new Error('No test login: POST /test/next-login first');
    return provider.interactionFinished(req, res, { login: { accountId: nextLogin.sub } }, { mergeWithLastSubmission: false });
  }
  const grant = new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

server.on('request', (req, res) => {
  if (req.method === 'POST' && req.url === '/test/next-login') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      nextLogin = JSON.parse(body);
      accounts.set(nextLogin.sub, nextLogin);
      res.writeHead(204).end();
    });
    return;
  }
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => res.writeHead(500).end(String(error)));
    return;
  }
  handle(req, res);
});

process.stdout.write(`${issuer}\n`);
