import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AuditLog, AuthError, AuthErrorCode, TransactionRunner, type Viewer } from '@sce/api-core';
import { type LoginRequest, ROLE_PERMISSIONS, type SessionUser } from '@sce/shared-contracts';
import type { EntityManager } from 'typeorm';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenService } from './access-token.service';
import { REFRESH_TOKEN_TTL_MS } from './auth-cookies';
import { verifyPassword } from './passwords';
import { SessionRepository } from './session.repository';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

export interface IssuedSession {
  user: SessionUser;
  access: string;
  refresh: string;
  accessTtlSeconds: number;
}

export interface SignInClient {
  ip: string;
  userAgent: string;
}

export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () => new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 401, 'The email address or password is wrong.');
const sessionEnded = () => new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'Your session has ended: sign in again.');

@Injectable()
export class AuthService {
  /** Sign-in successes and failures, for the security log. */
  private readonly security = new Logger('Security');

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly accessTokens: AccessTokenService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  async login(request: LoginRequest, client: SignInClient): Promise<IssuedSession> {
    const user = await this.users.findByEmail(request.email);
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, request.password);
    if (!user || !passwordOk) {
      this.security.warn({ event: 'sign-in.failed', userId: user?.id ?? null, ip: client.ip }, 'sign-in failed');
      throw invalidCredentials();
    }
    return this.signIn(user, client, 'password');
  }

  /**
   * Starts a session for someone whose identity is proven (password or single sign-on), unless
   * the account may not sign in now.
   */
  async signIn(user: UserEntity, client: SignInClient, method: 'password' | 'sso'): Promise<IssuedSession> {
    if (user.status === 'deleted') {
      this.security.warn({ event: 'sign-in.failed', userId: user.id, ip: client.ip, method }, 'sign-in refused: deleted');
      throw invalidCredentials();
    }
    // Only someone who has proven who they are learns about the account's state.
    if (user.status === 'pending') {
      this.security.warn({ event: 'sign-in.pending', userId: user.id, ip: client.ip }, 'sign-in refused: pending approval');
      throw new AuthError(AuthErrorCode.ACCOUNT_PENDING, 403, 'Your account is waiting for an administrator’s approval. You will get an email when it is approved.');
    }
    if (user.status === 'suspended' && user.suspendedUntil && user.suspendedUntil.getTime() <= Date.now()) {
      // The suspension has run out: lift it on the first sign-in after its end.
      await this.transactions.run(async (tx) => {
        await this.users.liftExpiredSuspension(user.id, tx);
        await this.audit.record(tx, { actorId: null, action: 'user.suspension-ended', targetType: 'user', targetId: user.id });
      });
      user.status = 'active';
    }
    if (user.status === 'suspended') {
      this.security.warn({ event: 'sign-in.suspended', userId: user.id, ip: client.ip }, 'sign-in refused: suspended');
      throw new AuthError(AuthErrorCode.ACCOUNT_SUSPENDED, 403, 'Your account is suspended. Contact the moderators if you think this is a mistake.');
    }
    const issued = await this.transactions.run((tx) => this.startSession(user, client.userAgent, tx));
    this.security.log({ event: 'sign-in.succeeded', userId: user.id, ip: client.ip, method }, 'signed in');
    return issued;
  }

  /**
   * Rotates a refresh token. A token that was already used means it leaked (or a client raced
   * itself): the whole session is revoked, for the thief and the owner alike.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw sessionEnded();
    const tokenHash = hashRefreshToken(refreshToken);
    const outcome = await this.transactions.run(async (tx) => {
      const token = await this.sessions.findRefreshTokenForUpdate(tokenHash, tx);
      if (!token) return { error: sessionEnded() };
      const session = await this.sessions.findSession(token.sessionId, tx);
      if (!session || session.revokedAt) return { error: sessionEnded() };
      if (token.usedAt) {
        await this.sessions.revoke(session.id, 'refresh-token-reuse', tx);
        this.security.warn({ event: 'refresh.reuse', userId: session.userId, sessionId: session.id }, 'refresh token reused: session revoked');
        return { error: sessionEnded() };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { error: sessionEnded() };
      const user = await this.users.findById(session.userId);
      if (!user || user.status !== 'active') return { error: sessionEnded() };
      await this.sessions.markUsed(tokenHash, tx);
      await this.sessions.touch(session.id, tx);
      const next = randomBytes(32).toString('base64url');
      await this.sessions.addRefreshToken(session.id, hashRefreshToken(next), new Date(Date.now() + REFRESH_TOKEN_TTL_MS), tx);
      return { issued: this.issue(user, session.id, next) };
    });
    // The revocation above must commit, so the refusal is thrown only after the transaction.
    if ('error' in outcome) throw outcome.error;
    return outcome.issued;
  }

  /** Ends the session named by the access token or, failing that, by the refresh token. */
  async logout(credentials: { sessionId?: string; refreshToken?: string }): Promise<void> {
    let sessionId = credentials.sessionId;
    if (!sessionId && credentials.refreshToken) {
      sessionId = (await this.transactions.run((tx) => this.sessions.findRefreshTokenForUpdate(hashRefreshToken(credentials.refreshToken ?? ''), tx)))?.sessionId;
    }
    if (sessionId) await this.sessions.revoke(sessionId, 'sign-out');
  }

  async me(viewer: Viewer): Promise<SessionUser> {
    const user = await this.users.findById(viewer.id);
    if (!user) throw sessionEnded();
    return toSessionUser(user);
  }

  /** A new session (refresh family) for a user who has just proved who they are. */
  async startSession(user: UserEntity, userAgent: string, tx: EntityManager): Promise<IssuedSession> {
    const session = await this.sessions.create(user.id, userAgent, tx);
    const refresh = randomBytes(32).toString('base64url');
    await this.sessions.addRefreshToken(session.id, hashRefreshToken(refresh), new Date(Date.now() + REFRESH_TOKEN_TTL_MS), tx);
    return this.issue(user, session.id, refresh);
  }

  private issue(user: UserEntity, sessionId: string, refresh: string): IssuedSession {
    return {
      user: toSessionUser(user),
      access: this.accessTokens.sign({ userId: user.id, sessionId, role: user.role }),
      refresh,
      accessTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    };
  }
}

export function toSessionUser(user: UserEntity): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    language: user.language,
    timeZone: user.timeZone,
    organisationId: user.organisationId,
    permissions: [...ROLE_PERMISSIONS[user.role]],
  };
}
