import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type OidcConfig, importEsm } from '@sce/api-core';
import type * as OpenIdClient from 'openid-client';

type Library = typeof OpenIdClient;

interface Connection {
  lib: Library;
  configuration: OpenIdClient.Configuration;
}

/** What the app keeps from a provider's ID token (and userinfo, when the token is terse). */
export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  locale: string | null;
}

export interface OidcChallenge {
  state: string;
  nonce: string;
  codeVerifier: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The relying party: discovery, the authorization URL (state, nonce and PKCE S256) and the code
 * exchange, where openid-client checks state, nonce, PKCE, issuer, audience and signature.
 * openid-client is ESM-only, hence the dynamic import.
 */
@Injectable()
export class OidcClient {
  private connection: Promise<Connection> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly app: AppConfig) {}

  get redirectUri(): string {
    return `${this.app.publicUrl}/api/auth/oidc/callback`;
  }

  async newChallenge(): Promise<OidcChallenge> {
    const { lib } = await this.connect();
    return { state: lib.randomState(), nonce: lib.randomNonce(), codeVerifier: lib.randomPKCECodeVerifier() };
  }

  async authorizationUrl(challenge: OidcChallenge): Promise<string> {
    const { lib, configuration } = await this.connect();
    const url = lib.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      state: challenge.state,
      nonce: challenge.nonce,
      code_challenge: await lib.calculatePKCECodeChallenge(challenge.codeVerifier),
      code_challenge_method: 'S256',
    });
    return url.href;
  }

  /** `search` is the callback's query string; the URL around it is ours, never the request's Host. */
  async exchange(search: string, challenge: OidcChallenge): Promise<OidcClaims> {
    const { lib, configuration } = await this.connect();
    const callbackUrl = new URL(this.redirectUri);
    callbackUrl.search = search;
    const tokens = await lib.authorizationCodeGrant(configuration, callbackUrl, {
      expectedState: challenge.state,
      expectedNonce: challenge.nonce,
      pkceCodeVerifier: challenge.codeVerifier,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('The provider sent no ID token');
    let claims: Record<string, unknown> = idToken;
    if (typeof idToken['email'] !== 'string') {
      claims = { ...(await lib.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken };
    }
    const text = (key: string): string | null => (typeof claims[key] === 'string' && (claims[key] as string).trim() ? (claims[key] as string).trim() : null);
    const fullName = [text('given_name'), text('family_name')].filter(Boolean).join(' ');
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email: text('email')?.toLowerCase() ?? null,
      emailVerified: claims['email_verified'] === true,
      name: text('name') ?? (fullName || text('preferred_username')),
      locale: text('locale'),
    };
  }

  private connect(): Promise<Connection> {
    const settings = this.settings();
    if (!this.connection) {
      const connecting = (async () => {
        const lib = await importEsm<Library>('openid-client');
        const issuer = new URL(settings.issuer);
        // Plain HTTP only for a provider on this machine (development and tests).
        const insecure = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
        const configuration = await lib.discovery(issuer, settings.clientId, settings.clientSecret, undefined, insecure ? { execute: [lib.allowInsecureRequests] } : undefined);
        return { lib, configuration };
      })();
      // A provider that was down is asked again next time.
      connecting.catch(() => (this.connection = null));
      this.connection = connecting;
    }
    return this.connection;
  }

  private settings(): OidcConfig {
    if (!this.app.oidc) throw new Error('Single sign-on is not configured');
    return this.app.oidc;
  }
}
