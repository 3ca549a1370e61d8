import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { type UserTokenPurpose, UserTokenEntity } from './user-token.entity';

const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class UserTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Makes a new token (earlier unused ones of the same purpose stop working) and returns its secret. */
  async issue(userId: string, purpose: UserTokenPurpose, ttlMs: number, tx: EntityManager): Promise<string> {
    await tx.update(UserTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const secret = randomBytes(32).toString('base64url');
    await tx.insert(UserTokenEntity, { tokenHash: sha256(secret), userId, purpose, expiresAt: new Date(Date.now() + ttlMs) });
    return secret;
  }

  /**
   * Uses a token once: returns its user id when it exists, has this purpose, is unused and not
   * expired at this moment; marks it used in the same statement so two requests cannot both win.
   */
  async consume(secret: string, purpose: UserTokenPurpose, tx: EntityManager): Promise<string | null> {
    const rows = (await tx.query(
      `UPDATE user_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [sha256(secret), purpose],
    )) as [{ user_id: string }[], number];
    return rows[0][0]?.user_id ?? null;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
