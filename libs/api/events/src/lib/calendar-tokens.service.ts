import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarTokenStatus } from '@sce/shared-contracts';
import type { DataSource } from 'typeorm';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
/** `sce_cal_` and 43 base64url characters (32 random bytes). */
export const CALENDAR_TOKEN_PATTERN = /^sce_cal_[A-Za-z0-9_-]{43}$/;

/** The secret in a personal calendar feed's address. Only its hash is stored; a new one replaces the old. */
@Injectable()
export class CalendarTokens {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(userId: string): Promise<{ token: string; createdAt: Date }> {
    const token = `sce_cal_${randomBytes(32).toString('base64url')}`;
    const rows: { created_at: Date }[] = await this.dataSource.query(
      `INSERT INTO calendar_tokens (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now() RETURNING created_at`,
      [userId, sha256(token)],
    );
    return { token, createdAt: rows[0]?.created_at ?? new Date() };
  }

  async status(userId: string): Promise<CalendarTokenStatus> {
    const rows: { created_at: Date }[] = await this.dataSource.query('SELECT created_at FROM calendar_tokens WHERE user_id = $1', [userId]);
    return { active: rows.length > 0, createdAt: rows[0]?.created_at.toISOString() ?? null };
  }

  async revoke(userId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM calendar_tokens WHERE user_id = $1', [userId]);
  }

  /** The active person a token belongs to, or null. */
  async owner(token: string): Promise<string | null> {
    if (!CALENDAR_TOKEN_PATTERN.test(token)) return null;
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT t.user_id FROM calendar_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND u.status = 'active'`,
      [sha256(token)],
    );
    return rows[0]?.user_id ?? null;
  }
}
