import { OIDC_FLOW_TTL_MS, type OidcFlow, openOidcFlow, sealOidcFlow } from './oidc-flow-cookie';

describe('OIDC flow cookie', () => {
  const secret = 'a-cookie-secret-of-at-least-32-characters';
  const flow: OidcFlow = { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/communities', linkUserId: null, expiresAt: Date.now() + OIDC_FLOW_TTL_MS };

  it('round-trips a flow', () => {
    expect(openOidcFlow(sealOidcFlow(flow, secret), secret)).toEqual(flow);
  });

  it('refuses a flow that was changed, signed with another secret, expired or malformed', () => {
    const sealed = sealOidcFlow(flow, secret);
    const [, signature] = sealed.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...flow, linkUserId: 'someone-else' })).toString('base64url')}.${signature}`;
    expect(openOidcFlow(forged, secret)).toBeNull();
    expect(openOidcFlow(sealed, 'another-secret-of-at-least-32-characters')).toBeNull();
    expect(openOidcFlow(sealed, secret, flow.expiresAt + 1)).toBeNull();
    expect(openOidcFlow(undefined, secret)).toBeNull();
    expect(openOidcFlow('not-a-cookie', secret)).toBeNull();
    expect(openOidcFlow(`${sealed}.extra`, secret)).toBeNull();
  });
});
