import { Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, Authenticator, type Viewer } from '@sce/api-core';
import type { Request } from 'express';
import { AccessTokenService } from './access-token.service';
import { PAT_PREFIX, PersonalAccessTokensService } from './personal-access-tokens.service';
import { ACCESS_COOKIE } from './auth-cookies';
import { SessionRepository } from './session.repository';

/** Viewer attached by the authenticator, with the session it came from. */
export interface SessionViewer extends Viewer {
  sessionId: string;
}

/**
 * Reads a personal access token (`Bearer sce_pat_...`), or a session's JWT from `Authorization:
 * Bearer` or the session cookie, verifies it, and
 * checks on every request that its session is live and its user active — so sign-out, suspension
 * and password changes take effect at once, not when the token expires.
 */
@Injectable()
export class SessionAuthenticator extends Authenticator {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: SessionRepository,
    private readonly personalTokens: PersonalAccessTokensService,
  ) {
    super();
  }

  async authenticate(request: Request): Promise<SessionViewer | Viewer | null> {
    const bearer = bearerToken(request);
    if (bearer?.startsWith(PAT_PREFIX)) {
      const owner = await this.personalTokens.authenticate(bearer);
      if (!owner) throw new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'The access token is not valid, has expired or was revoked.');
      return owner;
    }
    const token = bearer ?? (request.cookies as Record<string, string | undefined> | undefined)?.[ACCESS_COOKIE];
    if (!token) return null;
    const claims = this.accessTokens.verify(token);
    const owner = await this.sessions.findLiveOwner(claims.sessionId, claims.userId);
    if (!owner || owner.status !== 'active') {
      throw new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'Your session has ended: sign in again.');
    }
    // The role is read fresh, so a role change applies to the next request.
    return { id: owner.id, role: owner.role, sessionId: claims.sessionId };
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  if (!match) throw new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'The Authorization header must be "Bearer <token>".');
  return match[1];
}
