import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AuditEntryEntity, AuditLog, DomainError, Mailer, NotFoundError, RealtimeOutbox, TransactionRunner, type Viewer, actionMail, decodeCursor, keysetPage, withTimestampKeys } from '@sce/api-core';
import type { AdminUser, AdminUserPage, AdminUserQuery, AuditPage, AuditQuery, ChangeRoleRequest, GlobalRole, SuspendUserRequest } from '@sce/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SessionRepository } from './session.repository';
import { UserEntity } from './user.entity';

export function toAdminUser(u: UserEntity): AdminUser {
  return {
    id: u.id, email: u.email, displayName: u.displayName, role: u.role, status: u.status, organisationId: u.organisationId,
    emailVerifiedAt: u.emailVerifiedAt?.toISOString() ?? null, suspendedUntil: u.suspendedUntil?.toISOString() ?? null,
    suspensionReason: u.suspensionReason, createdAt: u.createdAt.toISOString(),
  };
}

const RANK: Record<GlobalRole, number> = { member: 0, researcher: 1, moderator: 2, admin: 3 };
const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Administration of people: list and search, approve, change roles, suspend and reactivate.
 * Every change is written to the audit log in the same transaction; a suspension ends the
 * person's sessions at once.
 */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: RealtimeOutbox,
  ) {}

  /** Newest first (IDX_users_created_id); `q` matches email or name. */
  async list(query: AdminUserQuery): Promise<AdminUserPage> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').limit(query.limit + 1);
    if (query.q) qb.andWhere("(u.email ILIKE :q ESCAPE '\\' OR u.display_name ILIKE :q ESCAPE '\\')", { q: `%${escapeLike(query.q)}%` });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      qb.andWhere('(u.created_at, u.id) < (:createdAt, :id)', { createdAt, id });
    }
    return keysetPage(await withTimestampKeys(qb, 'u.created_at'), query.limit, (r) => [r.timestampKey, r.entity.id], (r) => toAdminUser(r.entity));
  }

  /** Activates a pending account whose address is verified, and tells the person. */
  async approve(actor: Viewer, id: string): Promise<AdminUser> {
    const user = await this.change(id, async (u, tx) => {
      if (u.status !== 'pending') throw conflict(`Only pending accounts can be approved; this one is ${u.status}.`);
      if (!u.emailVerifiedAt) throw conflict('This person has not confirmed their email address yet.');
      u.status = 'active';
      await this.audit.record(tx, { actorId: actor.id, action: 'user.approved', targetType: 'user', targetId: u.id });
    });
    await this.mailer.send({
      to: user.email,
      subject: 'Your account is approved',
      ...actionMail({
        greeting: `Hello ${user.displayName},`,
        paragraphs: ['An administrator approved your Smart Cities Exchange account. You can sign in now.'],
        action: { label: 'Sign in', url: `${this.config.publicUrl}/sign-in` },
        footer: 'Welcome to the network.',
      }),
    });
    return toAdminUser(user);
  }

  async changeRole(actor: Viewer, id: string, request: ChangeRoleRequest): Promise<AdminUser> {
    if (id === actor.id) throw conflict('You cannot change your own role.');
    return toAdminUser(
      await this.change(id, async (u, tx) => {
        await this.audit.record(tx, { actorId: actor.id, action: 'user.role-changed', targetType: 'user', targetId: u.id, details: { from: u.role, to: request.role } });
        u.role = request.role;
        await this.outbox.instruct(tx, 'access.user', { userId: u.id });
      }),
    );
  }

  async suspend(actor: Viewer, id: string, request: SuspendUserRequest): Promise<AdminUser> {
    if (id === actor.id) throw conflict('You cannot suspend yourself.');
    return toAdminUser(
      await this.change(id, async (u, tx) => {
        if (RANK[u.role] >= RANK[actor.role] && actor.role !== 'admin') throw new DomainError('FORBIDDEN', 403, 'You cannot suspend someone with your role or a higher one.');
        if (u.status === 'deleted') throw conflict('This account is deleted.');
        u.status = 'suspended';
        u.suspendedUntil = request.until ? new Date(request.until) : null;
        u.suspensionReason = request.reason;
        await this.sessions.revokeAllOfUser(u.id, 'suspension', tx);
        // Sockets opened with a personal access token end too.
        await this.outbox.instruct(tx, 'disconnect.user', { userId: u.id });
        await this.audit.record(tx, { actorId: actor.id, action: 'user.suspended', targetType: 'user', targetId: u.id, reason: request.reason, details: { until: request.until ?? null } });
      }),
    );
  }

  async reactivate(actor: Viewer, id: string): Promise<AdminUser> {
    return toAdminUser(
      await this.change(id, async (u, tx) => {
        if (u.status !== 'suspended') throw conflict(`Only suspended accounts can be reactivated; this one is ${u.status}.`);
        u.status = 'active';
        u.suspendedUntil = null;
        u.suspensionReason = null;
        await this.audit.record(tx, { actorId: actor.id, action: 'user.reactivated', targetType: 'user', targetId: u.id });
      }),
    );
  }

  /** The audit log, newest first, filtered by action, target or actor. */
  async auditLog(query: AuditQuery): Promise<AuditPage> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a').orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(query.limit + 1);
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      qb.andWhere('(a.created_at, a.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await withTimestampKeys(qb, 'a.created_at');
    const actorIds = [...new Set(rows.map((r) => r.entity.actorId).filter((id): id is string => id !== null))];
    const actors: { id: string; display_name: string }[] = actorIds.length > 0 ? await this.dataSource.query('SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])', [actorIds]) : [];
    const names = new Map(actors.map((a) => [a.id, a.display_name]));
    return keysetPage(rows, query.limit, (r) => [r.timestampKey, r.entity.id], ({ entity: a }) => ({
      id: a.id, actorId: a.actorId, actorName: a.actorId ? (names.get(a.actorId) ?? null) : null, action: a.action, targetType: a.targetType, targetId: a.targetId, reason: a.reason, details: a.details, createdAt: a.createdAt.toISOString(),
    }));
  }

  private async change(id: string, mutate: (user: UserEntity, tx: EntityManager) => Promise<void>): Promise<UserEntity> {
    return this.transactions.run(async (tx) => {
      const user = await tx.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('The user');
      await mutate(user, tx);
      return tx.save(UserEntity, user);
    });
  }
}

const conflict = (detail: string) => new DomainError('CONFLICT', 409, detail);
