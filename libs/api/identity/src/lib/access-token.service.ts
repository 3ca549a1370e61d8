import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AuthError, AuthErrorCode } from '@sce/api-core';
import { type GlobalRole, globalRoles } from '@sce/shared-contracts';
import { type KeyObject, createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const ACCESS_TOKEN_AUDIENCE = 'smart-cities-exchange-api';
const ALGORITHM = 'HS256';

export interface AccessClaims {
  userId: string;
  sessionId: string;
  role: GlobalRole;
}

/** Short-lived JWT access tokens: HS256 only, issuer and audience checked on every read. */
@Injectable()
export class AccessTokenService {
  /**
   * A key object made once: given a string, jsonwebtoken first tries (and fails) to parse it as a
   * public key on every call, which cost about 7% of the CPU of a signed-in request.
   */
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.secrets.jwt, 'utf8'));
  }

  sign(claims: AccessClaims): string {
    return jwt.sign({ role: claims.role, sid: claims.sessionId }, this.key, {
      algorithm: ALGORITHM,
      subject: claims.userId,
      issuer: this.config.publicUrl,
      audience: ACCESS_TOKEN_AUDIENCE,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    });
  }

  verify(token: string): AccessClaims {
    let payload: jwt.JwtPayload | string;
    try {
      payload = jwt.verify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.config.publicUrl,
        audience: ACCESS_TOKEN_AUDIENCE,
      });
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw new AuthError(expired ? AuthErrorCode.SESSION_EXPIRED : AuthErrorCode.UNAUTHENTICATED, 401, expired ? 'Your session has expired: refresh it or sign in again.' : 'The access token is not valid.');
    }
    if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string' || !globalRoles.includes(payload['role'] as GlobalRole)) {
      throw new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'The access token is not valid.');
    }
    return { userId: payload.sub, sessionId: payload['sid'] as string, role: payload['role'] as GlobalRole };
  }
}
