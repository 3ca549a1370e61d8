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
  async issue(userId: string, purpose: UserTokenPurpose, ttlMs: number, tx: EntityManager, newEmail: string | null = null): Promise<string> {
    await tx.update(UserTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const secret = randomBytes(32).toString('base64url');
    await tx.insert(UserTokenEntity, { tokenHash: sha256(secret), userId, purpose, newEmail, expiresAt: new Date(Date.now() + ttlMs) });
    return secret;
  }

  /**
   * Uses a token once: returns its user id when it exists, has this purpose, is unused and not
   * expired at this moment; marks it used in the same statement so two requests cannot both win.
   */
  async consume(secret: string, purpose: UserTokenPurpose, tx: EntityManager): Promise<string | null> {
    return (await this.consumeWithEmail(secret, purpose, tx))?.userId ?? null;
  }

  async consumeWithEmail(secret: string, purpose: UserTokenPurpose, tx: EntityManager): Promise<{ userId: string; newEmail: string | null } | null> {
    const rows = (await tx.query(
      `UPDATE user_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id, new_email`,
      [sha256(secret), purpose],
    )) as [{ user_id: string; new_email: string | null }[], number];
    const row = rows[0][0];
    return row ? { userId: row.user_id, newEmail: row.new_email } : null;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
