import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AuditLog, DomainError, TransactionRunner, isUniqueViolation } from '@sce/api-core';
import { type Language, type SsoErrorCode, type SsoInfo, displayNameSchema, languages } from '@sce/shared-contracts';
import { AuthService, type IssuedSession, type SignInClient } from '../auth.service';
import { OrganisationRepository } from '../organisation.repository';
import { UserEntity } from '../user.entity';
import { UserRepository } from '../user.repository';
import { ExternalIdentityEntity } from './external-identity.entity';
import { OidcClient, type OidcClaims } from './oidc-client';
import { OIDC_FLOW_TTL_MS, type OidcFlow, openOidcFlow, sealOidcFlow } from './oidc-flow-cookie';

export class SsoError extends DomainError<SsoErrorCode> {}

const ssoFailed = () => new SsoError('SSO_FAILED', 400, 'Signing in with your organisation’s account did not work. Start again from the sign-in page.');

export type SsoOutcome = { kind: 'signed-in'; session: IssuedSession; returnTo: string } | { kind: 'linked'; returnTo: string };

/** Only paths inside the app: never another origin (`//evil`, `/\evil`) to bounce people to. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && value.length <= 500 && !/\p{Cc}/u.test(value) ? value : '/';
}

/**
 * Single sign-on with OpenID Connect. Accounts are found by (issuer, subject) only. A first
 * sign-in creates an account in one of the configured organisations, unless the address already
 * belongs to an account: its owner links the two from their settings, after signing in.
 */
@Injectable()
export class OidcService {
  private readonly security = new Logger('Security');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly client: OidcClient,
    private readonly auth: AuthService,
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  info(): SsoInfo {
    return { enabled: this.config.oidc !== null, name: this.config.oidc?.name ?? null };
  }

  /** Where to send the browser, and the signed cookie that must come back with it. */
  async start(returnTo: unknown, linkUserId: string | null): Promise<{ url: string; cookie: string }> {
    this.assertConfigured();
    const challenge = await this.client.newChallenge();
    const flow: OidcFlow = { ...challenge, returnTo: safeReturnPath(returnTo), linkUserId, expiresAt: Date.now() + OIDC_FLOW_TTL_MS };
    return { url: await this.client.authorizationUrl(challenge), cookie: sealOidcFlow(flow, this.config.secrets.cookie) };
  }

  async finish(search: string, cookie: string | undefined, viewerId: string | null, client: SignInClient): Promise<SsoOutcome> {
    this.assertConfigured();
    const flow = openOidcFlow(cookie, this.config.secrets.cookie);
    if (!flow) {
      this.security.warn({ event: 'sso.failed', reason: 'no or expired flow cookie', ip: client.ip }, 'single sign-on refused');
      throw ssoFailed();
    }
    let claims: OidcClaims;
    try {
      claims = await this.client.exchange(search, flow);
    } catch (error) {
      // Wrong state, nonce or PKCE verifier, a provider error, a bad signature: all the same to the person.
      this.security.warn({ event: 'sso.failed', reason: error instanceof Error ? error.message : String(error), ip: client.ip }, 'single sign-on refused');
      throw ssoFailed();
    }
    if (flow.linkUserId) {
      if (flow.linkUserId !== viewerId) throw ssoFailed();
      await this.link(flow.linkUserId, claims);
      return { kind: 'linked', returnTo: flow.returnTo };
    }
    const user = await this.accountFor(claims);
    return { kind: 'signed-in', session: await this.auth.signIn(user, client, 'sso'), returnTo: flow.returnTo };
  }

  private async accountFor(claims: OidcClaims): Promise<UserEntity> {
    const known = await this.transactions.run(async (tx) => {
      const identity = await tx.findOne(ExternalIdentityEntity, { where: { issuer: claims.issuer, subject: claims.subject } });
      if (!identity) return null;
      await tx.update(ExternalIdentityEntity, { id: identity.id }, { lastUsedAt: new Date(), email: claims.email });
      return tx.findOneOrFail(UserEntity, { where: { id: identity.userId } });
    });
    return known ?? this.register(claims);
  }

  private async register(claims: OidcClaims): Promise<UserEntity> {
    if (!claims.email) throw new SsoError('SSO_EMAIL_MISSING', 400, 'Your organisation’s account did not tell us your email address, so no account could be created.');
    const email = claims.email;
    const organisationId = await this.organisationFor(email);
    if (await this.users.findByEmail(email)) {
      throw new SsoError('SSO_EMAIL_IN_USE', 409, 'An account with this email address already exists. Sign in with your password, then link your organisation’s account in your settings.');
    }
    const user = await this.transactions
      .run(async (tx) => {
      const created = await tx.save(
        tx.create(UserEntity, {
          email,
          displayName: displayNameFrom(claims, email),
          organisationId,
          passwordHash: null,
          status: 'active',
          role: 'member',
          language: languageFrom(claims.locale),
          emailVerifiedAt: claims.emailVerified ? new Date() : null,
        }),
      );
      await tx.save(tx.create(ExternalIdentityEntity, { userId: created.id, issuer: claims.issuer, subject: claims.subject, email, lastUsedAt: new Date() }));
      await this.audit.record(tx, { actorId: created.id, action: 'user.registered', targetType: 'user', targetId: created.id, details: { via: 'sso', issuer: claims.issuer } });
      return created;
    })
      // Two first sign-ins at once: the other one created the account.
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw ssoFailed();
        throw error;
      });
    this.security.log({ event: 'sso.registered', userId: user.id }, 'account created through single sign-on');
    return user;
  }

  /** One of the configured organisations: the only one, or the one whose email domains match. */
  private async organisationFor(email: string): Promise<string> {
    const allowed = this.config.oidc?.organisationIds ?? [];
    if (allowed.length === 1 && allowed[0]) return allowed[0];
    const domain = email.split('@')[1] ?? '';
    for (const id of allowed) {
      const organisation = await this.organisations.findById(id);
      if (organisation?.emailDomains.some((d) => d.toLowerCase() === domain)) return organisation.id;
    }
    throw new SsoError('SSO_ORGANISATION_NOT_ALLOWED', 403, 'Your organisation does not use single sign-on here. Register with your email address instead.');
  }

  private async link(userId: string, claims: OidcClaims): Promise<void> {
    await this.transactions.run(async (tx) => {
      const identity = await tx.findOne(ExternalIdentityEntity, { where: { issuer: claims.issuer, subject: claims.subject } });
      if (identity && identity.userId !== userId) {
        throw new SsoError('SSO_ALREADY_LINKED', 409, 'This organisation account is already linked to another account here.');
      }
      if (identity) return;
      await tx.save(tx.create(ExternalIdentityEntity, { userId, issuer: claims.issuer, subject: claims.subject, email: claims.email, lastUsedAt: new Date() }));
      await this.audit.record(tx, { actorId: userId, action: 'user.sso-linked', targetType: 'user', targetId: userId, details: { issuer: claims.issuer } });
    });
  }

  private assertConfigured(): void {
    if (!this.config.oidc) throw new SsoError('SSO_FAILED', 404, 'Single sign-on is not configured on this server.');
  }
}

function displayNameFrom(claims: OidcClaims, email: string): string {
  const candidates = [claims.name, email.split('@')[0]].map((v) => v?.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').slice(0, 60));
  for (const candidate of candidates) {
    const parsed = displayNameSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return 'New member';
}

function languageFrom(locale: string | null): Language {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  const language = base === 'no' || base === 'nn' ? 'nb' : base;
  return (languages as readonly string[]).includes(language ?? '') ? (language as Language) : 'en';
}
