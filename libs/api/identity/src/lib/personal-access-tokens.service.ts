import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, DomainError, ForbiddenError, NotFoundError, TransactionRunner, type Viewer } from '@sce/api-core';
import type { AccessToken, CreateAccessTokenRequest, CreatedAccessToken, GlobalRole, UserStatus } from '@sce/shared-contracts';
import { DataSource, IsNull } from 'typeorm';
import { AccessTokenEntity } from './access-token.entity';

export const PAT_PREFIX = 'sce_pat_';
const MAX_TOKENS_PER_USER = 20;
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

function toAccessToken(t: AccessTokenEntity): AccessToken {
  return { id: t.id, name: t.name, prefix: t.prefix, createdAt: t.createdAt.toISOString(), expiresAt: t.expiresAt?.toISOString() ?? null, lastUsedAt: t.lastUsedAt?.toISOString() ?? null };
}

@Injectable()
export class PersonalAccessTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  async list(viewer: Viewer): Promise<AccessToken[]> {
    const tokens = await this.dataSource.getRepository(AccessTokenEntity).find({ where: { userId: viewer.id, revokedAt: IsNull() }, order: { createdAt: 'DESC' }, take: MAX_TOKENS_PER_USER });
    return tokens.map(toAccessToken);
  }

  async create(viewer: Viewer, request: CreateAccessTokenRequest): Promise<CreatedAccessToken> {
    // A leaked token must not be able to mint its successors: only a signed-in session creates tokens.
    if (!('sessionId' in viewer)) throw new ForbiddenError('Create access tokens from your settings while signed in, not with another access token.');
    const token = `${PAT_PREFIX}${randomBytes(32).toString('base64url')}`;
    const saved = await this.transactions.run(async (tx) => {
      // Serialise one person's token creations so the cap holds.
      await tx.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [viewer.id]);
      const live = await tx.count(AccessTokenEntity, { where: { userId: viewer.id, revokedAt: IsNull() } });
      if (live >= MAX_TOKENS_PER_USER) throw new DomainError('CONFLICT', 409, `You already have ${MAX_TOKENS_PER_USER} access tokens: revoke one first.`);
      const entity = await tx.save(AccessTokenEntity, tx.create(AccessTokenEntity, {
        userId: viewer.id, name: request.name, tokenHash: sha256(token), prefix: token.slice(0, PAT_PREFIX.length + 6),
        expiresAt: request.expiresInDays ? new Date(Date.now() + request.expiresInDays * 24 * 3600 * 1000) : null,
      }));
      await this.audit.record(tx, { actorId: viewer.id, action: 'access-token.created', targetType: 'access-token', targetId: entity.id, details: { name: request.name } });
      return entity;
    });
    return { ...toAccessToken(saved), token };
  }

  async revoke(viewer: Viewer, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const result = await tx.update(AccessTokenEntity, { id, userId: viewer.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw new NotFoundError('The access token');
      await this.audit.record(tx, { actorId: viewer.id, action: 'access-token.revoked', targetType: 'access-token', targetId: id });
    });
  }

  /** The owner of a live token whose account is active; records its use at most once a minute. */
  async authenticate(token: string): Promise<{ id: string; role: GlobalRole } | null> {
    const rows = (await this.dataSource.query(
      `SELECT t.id AS token_id, t.last_used_at, u.id, u.role, u.status FROM access_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [sha256(token)],
    )) as { token_id: string; last_used_at: Date | null; id: string; role: GlobalRole; status: UserStatus }[];
    const row = rows[0];
    if (!row || row.status !== 'active') return null;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      await this.dataSource.query('UPDATE access_tokens SET last_used_at = now() WHERE id = $1', [row.token_id]);
    }
    return { id: row.id, role: row.role };
  }
}
