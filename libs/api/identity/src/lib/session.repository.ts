import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RealtimeOutbox, queryPrepared } from '@sce/api-core';
import type { GlobalRole, UserStatus } from '@sce/shared-contracts';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';

export interface SessionOwner {
  id: string;
  role: GlobalRole;
  status: UserStatus;
}

@Injectable()
export class SessionRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: RealtimeOutbox,
  ) {}

  private manager(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  create(userId: string, userAgent: string, tx?: EntityManager): Promise<SessionEntity> {
    const m = this.manager(tx);
    return m.save(m.create(SessionEntity, { userId, userAgent: userAgent.slice(0, 300) }));
  }

  addRefreshToken(sessionId: string, tokenHash: string, expiresAt: Date, tx?: EntityManager): Promise<RefreshTokenEntity> {
    const m = this.manager(tx);
    return m.save(m.create(RefreshTokenEntity, { sessionId, tokenHash, expiresAt }));
  }

  /** Locks the token row so two concurrent refreshes cannot both use it. */
  findRefreshTokenForUpdate(tokenHash: string, tx: EntityManager): Promise<RefreshTokenEntity | null> {
    return tx.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(tokenHash: string, tx: EntityManager): Promise<void> {
    await tx.update(RefreshTokenEntity, { tokenHash }, { usedAt: new Date() });
  }

  findSession(sessionId: string, tx?: EntityManager): Promise<SessionEntity | null> {
    return this.manager(tx).findOne(SessionEntity, { where: { id: sessionId } });
  }

  async touch(sessionId: string, tx: EntityManager): Promise<void> {
    await tx.update(SessionEntity, { id: sessionId }, { lastRefreshedAt: new Date() });
  }

  /** Ends a session; its sockets are closed once this commits. */
  async revoke(sessionId: string, reason: string, tx?: EntityManager): Promise<void> {
    await this.manager(tx).update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    await this.outbox.instruct(this.manager(tx), 'disconnect.sessions', { sessionIds: [sessionId] });
  }

  /** Ends every live session of a person; their sockets are closed once this commits. */
  async revokeAllOfUser(userId: string, reason: string, tx?: EntityManager): Promise<void> {
    const [rows]: [{ id: string }[], number] = await this.manager(tx).query(
      'UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
      [userId, reason],
    );
    if (rows.length > 0) await this.outbox.instruct(this.manager(tx), 'disconnect.sessions', { sessionIds: rows.map((r) => r.id) });
  }

  /** The owner of a live session, by primary keys (one indexed join per authenticated request). */
  async findLiveOwner(sessionId: string, userId: string): Promise<SessionOwner | null> {
    const rows = await queryPrepared<SessionOwner>(
      this.dataSource,
      `SELECT u.id, u.role, u.status FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL`,
      [sessionId, userId],
    );
    return rows[0] ?? null;
  }
}
