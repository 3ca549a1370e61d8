import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ForbiddenError, NotFoundError, RealtimeOutbox, TransactionRunner, ValidationError, type Viewer, decodeCursor, isUniqueViolation, keysetPage } from '@sce/api-core';
import { CommunitiesService, canPostInCommunity } from '@sce/api-communities';
import { UserEntity } from '@sce/api-identity';
import { ThreadsService } from '@sce/api-threads';
import {
  type CreatePracticeRequest,
  type CreateTransferRequest,
  type EvaluationRequest,
  type EvaluationView,
  type EvaluationsResult,
  type OrganisationRef,
  Permission,
  type PracticeDetail,
  type PracticeListQuery,
  type PracticePage,
  type PracticeSummary,
  type Scores,
  type Transfer,
  type TransferStage,
  type UpdatePracticeRequest,
  type UpdateTransferRequest,
  roleHasPermission,
  roomName,
} from '@sce/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { EvaluationEntity } from './evaluation.entity';
import { PracticeEntity } from './practice.entity';
import { TransferEntity, TransferStageEntity } from './transfer.entity';

export class PracticesError extends DomainError<'NOT_YOUR_ORGANISATION' | 'OWN_PRACTICE' | 'ALREADY_TRANSFERRING' | 'STAGE_BACKWARDS'> {}

const practiceNotFound = () => new NotFoundError('The practice');
const STAGE_ORDER: Record<TransferStage, number> = { exploring: 0, piloting: 1, adopted: 2, abandoned: 3 };
const round = (n: unknown): number | null => (n === null || n === undefined ? null : Math.round(Number(n) * 100) / 100);

/** Aggregates of a practice's evaluations and transfers, computed by PostgreSQL. */
export const PRACTICE_SUMMARY_SELECT = `
  SELECT p.id, p.title, p.summary, p.domain, p.maturity, p.visibility, p.updated_at, p.updated_at::text AS updated_key,
    o.id AS org_id, o.name AS org_name, o.country AS org_country, o.city AS org_city,
    ev.e, ev.s, ev.c, ev.t, ev.n, tr.adoptions, tr.transfers
  FROM practices p
  JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN LATERAL (
    SELECT avg(effectiveness) AS e, avg(user_satisfaction) AS s, avg(cost_efficiency) AS c, avg(ease_of_transfer) AS t, count(*)::int AS n
    FROM practice_evaluations WHERE practice_id = p.id) ev ON true
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE stage = 'adopted')::int AS adoptions, count(*)::int AS transfers
    FROM practice_transfers WHERE practice_id = p.id) tr ON true`;

export interface SummaryRow {
  id: string;
  title: string;
  summary: string;
  domain: PracticeSummary['domain'];
  maturity: PracticeSummary['maturity'];
  visibility: PracticeSummary['visibility'];
  updated_at: Date;
  updated_key: string;
  org_id: string;
  org_name: string;
  org_country: string;
  org_city: string | null;
  e: string | null;
  s: string | null;
  c: string | null;
  t: string | null;
  n: number;
  adoptions: number;
  transfers: number;
}

export function scoresOf(r: { e: unknown; s: unknown; c: unknown; t: unknown; n: number | string }): Scores {
  const parts = [r.e, r.s, r.c, r.t].map((v) => (v === null || v === undefined ? null : Number(v)));
  const known = parts.filter((v): v is number => v !== null);
  return {
    effectiveness: round(parts[0]),
    userSatisfaction: round(parts[1]),
    costEfficiency: round(parts[2]),
    easeOfTransfer: round(parts[3]),
    overall: known.length === 4 ? round(known.reduce((a, b) => a + b, 0) / 4) : null,
    count: Number(r.n ?? 0),
  };
}

export const toSummary = (r: SummaryRow): PracticeSummary => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  domain: r.domain,
  maturity: r.maturity,
  visibility: r.visibility,
  organisation: { id: r.org_id, name: r.org_name, country: r.org_country, city: r.org_city },
  scores: scoresOf(r),
  adoptions: r.adoptions ?? 0,
  transfers: r.transfers ?? 0,
  updatedAt: r.updated_at.toISOString(),
});

/** Which practices a caller may read: visitors the public ones, signed-in people all. */
export const visibleTo = (viewer: Viewer | null, alias = 'p') => (viewer ? 'TRUE' : `${alias}.visibility = 'public'`);

/**
 * The practice exchange. A practice belongs to an organisation and only its people (and
 * administrators) change it; other organisations record transfers, stage by stage, forward only
 * or abandoned; anyone signed in outside the owning organisation evaluates it, once.
 */
@Injectable()
export class PracticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly communities: CommunitiesService,
    private readonly threads: ThreadsService,
    private readonly outbox: RealtimeOutbox,
  ) {}

  async list(viewer: Viewer | null, query: PracticeListQuery): Promise<PracticePage> {
    const params: unknown[] = [];
    const conditions = [visibleTo(viewer)];
    if (query.domain) conditions.push(`p.domain = $${params.push(query.domain)}`);
    if (query.maturity) conditions.push(`p.maturity = $${params.push(query.maturity)}`);
    if (query.country) conditions.push(`o.country = $${params.push(query.country)}`);
    if (query.organisationId) conditions.push(`p.organisation_id = $${params.push(query.organisationId)}::uuid`);
    // Whole words anywhere (the search vector's exact, unaccented words: IDX_practices_search) or part of the title (IDX_practices_title_trgm).
    if (query.q) {
      conditions.push(
        `(p.search_vector @@ websearch_to_tsquery('sce_simple', $${params.push(query.q)}) OR sce_unaccent(p.title) ILIKE sce_unaccent($${params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}))`,
      );
    }
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      conditions.push(`(p.updated_at, p.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows: SummaryRow[] = await this.dataSource.query(`${PRACTICE_SUMMARY_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY p.updated_at DESC, p.id DESC LIMIT $${params.push(query.limit + 1)}`, params);
    return keysetPage(rows, query.limit, (r) => [r.updated_key, r.id], toSummary);
  }

  async detail(viewer: Viewer | null, id: string): Promise<PracticeDetail> {
    const practice = await this.readable(viewer, id);
    const [row]: SummaryRow[] = await this.dataSource.query(`${PRACTICE_SUMMARY_SELECT} WHERE p.id = $1`, [id]);
    const contact: { id: string; display_name: string }[] = practice.contactUserId ? await this.dataSource.query('SELECT id, display_name FROM users WHERE id = $1', [practice.contactUserId]) : [];
    const viewerOrg = viewer ? await this.organisationOf(viewer.id) : null;
    const owner = viewer !== null && (viewer.role === 'admin' || viewerOrg === practice.organisationId);
    const mine = viewer ? await this.ownEvaluation(viewer.id, id) : null;
    const transfers = await this.transfersOf(viewer, viewerOrg, [id]);
    return {
      ...toSummary(row as SummaryRow),
      problem: practice.problem,
      solution: practice.solution,
      targetUsers: practice.targetUsers,
      channels: practice.channels,
      technology: practice.technology,
      costBand: practice.costBand,
      metrics: practice.metrics,
      evidence: practice.evidence,
      prerequisites: practice.prerequisites,
      contact: contact[0] ? { id: contact[0].id, displayName: contact[0].display_name } : null,
      threadId: practice.threadId,
      createdAt: practice.createdAt.toISOString(),
      transfersList: transfers,
      viewer: {
        canEdit: owner,
        canTransfer: viewer !== null && viewerOrg !== null && viewerOrg !== practice.organisationId && roleHasPermission(viewer.role, Permission.CreateContent) && !transfers.some((t) => t.to.id === viewerOrg),
        canEvaluate: viewer !== null && viewerOrg !== practice.organisationId && roleHasPermission(viewer.role, Permission.CreateContent),
        myEvaluation: mine,
      },
    };
  }

  async create(viewer: Viewer, request: CreatePracticeRequest): Promise<PracticeDetail> {
    const organisationId = request.organisationId && viewer.role === 'admin' ? request.organisationId : await this.organisationOf(viewer.id);
    if (!organisationId) throw new PracticesError('NOT_YOUR_ORGANISATION', 403, 'Only people of an organisation can share its practices.');
    if (request.organisationId && request.organisationId !== organisationId) throw new ForbiddenError('Only administrators record practices for another organisation.');
    const known: unknown[] = await this.dataSource.query('SELECT 1 FROM organisations WHERE id = $1', [organisationId]);
    if (known.length === 0) throw new ValidationError([{ field: 'body.organisationId', message: 'is not a known organisation' }]);
    const id = await this.transactions.run(async (tx) => {
      await this.checkContact(tx, request.contactUserId, organisationId);
      const language = request.language ?? (await tx.findOneOrFail(UserEntity, { where: { id: viewer.id }, select: { id: true, language: true } })).language;
      const practice = await tx.save(
        tx.create(PracticeEntity, {
          organisationId,
          createdBy: viewer.id,
          title: request.title,
          summary: request.summary,
          domain: request.domain,
          problem: request.problem,
          solution: request.solution,
          targetUsers: request.targetUsers,
          channels: request.channels,
          technology: request.technology,
          costBand: request.costBand,
          maturity: request.maturity,
          metrics: request.metrics,
          evidence: request.evidence,
          prerequisites: request.prerequisites,
          contactUserId: request.contactUserId,
          visibility: request.visibility,
          language,
        }),
      );
      if (request.communitySlug) {
        const access = await this.communities.access(viewer, request.communitySlug, tx).catch(() => {
          throw new ValidationError([{ field: 'body.communitySlug', message: 'is not a community you can post in' }]);
        });
        if (!canPostInCommunity(viewer, access.membership ? { role: access.membership.role, state: access.membership.state } : null)) {
          throw new ValidationError([{ field: 'body.communitySlug', message: 'is not a community you can post in' }]);
        }
        const author = await tx.findOneOrFail(UserEntity, { where: { id: viewer.id }, select: { id: true, language: true } });
        const threadId = await this.threads.startDiscussion(tx, {
          communityId: access.community.id,
          authorId: viewer.id,
          title: `Practice: ${request.title}`.slice(0, 200),
          body: `${request.summary}\n\nDiscuss how this practice works and how it could travel.`,
          tags: ['practice'],
          language: author.language,
          kind: 'practice',
        });
        await tx.update(PracticeEntity, { id: practice.id }, { threadId });
      }
      return practice.id;
    });
    return this.detail(viewer, id);
  }

  async update(viewer: Viewer, id: string, patch: UpdatePracticeRequest): Promise<PracticeDetail> {
    const practice = await this.readable(viewer, id);
    if (viewer.role !== 'admin' && (await this.organisationOf(viewer.id)) !== practice.organisationId) {
      throw new PracticesError('NOT_YOUR_ORGANISATION', 403, 'Only people of the organisation that owns this practice can change it.');
    }
    await this.transactions.run(async (tx) => {
      if (patch.contactUserId !== undefined) await this.checkContact(tx, patch.contactUserId, practice.organisationId);
      await tx.update(PracticeEntity, { id }, patch);
    });
    return this.detail(viewer, id);
  }

  async transfers(viewer: Viewer | null, practiceId: string): Promise<Transfer[]> {
    await this.readable(viewer, practiceId);
    return this.transfersOf(viewer, viewer ? await this.organisationOf(viewer.id) : null, [practiceId]);
  }

  /** The caller's organisation starts taking up the practice. */
  async startTransfer(viewer: Viewer, practiceId: string, request: CreateTransferRequest): Promise<Transfer> {
    const practice = await this.readable(viewer, practiceId);
    const organisationId = await this.organisationOf(viewer.id);
    if (!organisationId) throw new PracticesError('NOT_YOUR_ORGANISATION', 403, 'Only people of an organisation can record its transfers.');
    if (organisationId === practice.organisationId) throw new PracticesError('OWN_PRACTICE', 409, 'Your organisation owns this practice: a transfer is another organisation taking it up.');
    const id = await this.transactions
      .run(async (tx) => {
        const transfer = await tx.save(
          tx.create(TransferEntity, {
            practiceId,
            toOrganisationId: organisationId,
            stage: request.stage,
            adaptations: request.adaptations,
            lessons: request.lessons,
            impact: request.impact,
            successFactors: request.successFactors,
            failureFactors: request.failureFactors,
            createdBy: viewer.id,
          }),
        );
        await tx.save(tx.create(TransferStageEntity, { transferId: transfer.id, stage: request.stage, note: request.note, changedBy: viewer.id }));
        await this.tellOwners(tx, practice, transfer.id, request.stage, organisationId, viewer.id);
        return transfer.id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new PracticesError('ALREADY_TRANSFERRING', 409, 'Your organisation already records a transfer of this practice: update it instead.');
        throw error;
      });
    return this.transfer(viewer, id);
  }

  /** The adopting organisation moves its transfer forward, or abandons it, and records what it learned. */
  async updateTransfer(viewer: Viewer, id: string, patch: UpdateTransferRequest): Promise<Transfer> {
    await this.transactions.run(async (tx) => {
      const transfer = await tx.getRepository(TransferEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!transfer) throw new NotFoundError('The transfer');
      const practice = await this.readable(viewer, transfer.practiceId);
      if (viewer.role !== 'admin' && (await this.organisationOf(viewer.id)) !== transfer.toOrganisationId) {
        throw new PracticesError('NOT_YOUR_ORGANISATION', 403, 'Only people of the adopting organisation can update this transfer.');
      }
      const { stage, note, ...fields } = patch;
      if (stage !== undefined && stage !== transfer.stage) {
        if (transfer.stage === 'abandoned' || (stage !== 'abandoned' && STAGE_ORDER[stage] < STAGE_ORDER[transfer.stage])) {
          throw new PracticesError('STAGE_BACKWARDS', 409, `A transfer moves forward (exploring, piloting, adopted) or is abandoned; it cannot go from ${transfer.stage} to ${stage}.`);
        }
        await tx.save(tx.create(TransferStageEntity, { transferId: id, stage, note: note ?? '', changedBy: viewer.id }));
        await this.tellOwners(tx, practice, id, stage, transfer.toOrganisationId, viewer.id);
      }
      await tx.update(TransferEntity, { id }, { ...fields, ...(stage !== undefined ? { stage } : {}), updatedAt: new Date() });
    });
    return this.transfer(viewer, id);
  }

  async evaluations(viewer: Viewer | null, practiceId: string): Promise<EvaluationsResult> {
    await this.readable(viewer, practiceId);
    const [aggregate]: { e: string | null; s: string | null; c: string | null; t: string | null; n: number }[] = await this.dataSource.query(
      `SELECT avg(effectiveness) AS e, avg(user_satisfaction) AS s, avg(cost_efficiency) AS c, avg(ease_of_transfer) AS t, count(*)::int AS n FROM practice_evaluations WHERE practice_id = $1`,
      [practiceId],
    );
    const rows: { user_id: string; display_name: string; organisation: string | null; effectiveness: number; user_satisfaction: number; cost_efficiency: number; ease_of_transfer: number; comment: string; evidence_level: EvaluationView['evidenceLevel']; updated_at: Date }[] =
      await this.dataSource.query(
        `SELECT e.user_id, u.display_name, o.name AS organisation, e.effectiveness, e.user_satisfaction, e.cost_efficiency, e.ease_of_transfer, e.comment, e.evidence_level, e.updated_at
           FROM practice_evaluations e JOIN users u ON u.id = e.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
          WHERE e.practice_id = $1 ORDER BY e.updated_at DESC LIMIT 200`,
        [practiceId],
      );
    return {
      scores: scoresOf(aggregate ?? { e: null, s: null, c: null, t: null, n: 0 }),
      evaluations: rows.map((r) => ({
        evaluator: { id: r.user_id, displayName: r.display_name, organisation: r.organisation },
        effectiveness: r.effectiveness,
        userSatisfaction: r.user_satisfaction,
        costEfficiency: r.cost_efficiency,
        easeOfTransfer: r.ease_of_transfer,
        comment: r.comment,
        evidenceLevel: r.evidence_level,
        updatedAt: r.updated_at.toISOString(),
      })),
    };
  }

  /** The caller's own evaluation, made or replaced (one per person and practice). */
  async evaluate(viewer: Viewer, practiceId: string, request: EvaluationRequest): Promise<EvaluationsResult> {
    const practice = await this.readable(viewer, practiceId);
    if ((await this.organisationOf(viewer.id)) === practice.organisationId) {
      throw new PracticesError('OWN_PRACTICE', 403, 'People of the organisation that owns a practice do not evaluate it: evaluations come from others.');
    }
    await this.transactions.run(async (tx) => {
      await tx
        .createQueryBuilder()
        .insert()
        .into(EvaluationEntity)
        .values({ practiceId, userId: viewer.id, ...request })
        .orUpdate(['effectiveness', 'user_satisfaction', 'cost_efficiency', 'ease_of_transfer', 'comment', 'evidence_level', 'updated_at'], ['practice_id', 'user_id'])
        .execute();
      const owners = await this.ownerPeople(tx, practice.organisationId);
      await this.outbox.publishMany(tx, 'practice.evaluated', owners.map((id) => ({ rooms: [roomName({ type: 'user', id })], data: { practiceId, practiceTitle: practice.title, evaluatorId: viewer.id } })));
    });
    return this.evaluations(viewer, practiceId);
  }

  /** The viewer's own evaluation: one indexed row, not the whole list. */
  private async ownEvaluation(userId: string, practiceId: string): Promise<EvaluationView | null> {
    const rows: { display_name: string; organisation: string | null; effectiveness: number; user_satisfaction: number; cost_efficiency: number; ease_of_transfer: number; comment: string; evidence_level: EvaluationView['evidenceLevel']; updated_at: Date }[] =
      await this.dataSource.query(
        `SELECT u.display_name, o.name AS organisation, e.effectiveness, e.user_satisfaction, e.cost_efficiency, e.ease_of_transfer, e.comment, e.evidence_level, e.updated_at
           FROM practice_evaluations e JOIN users u ON u.id = e.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
          WHERE e.practice_id = $1 AND e.user_id = $2`,
        [practiceId, userId],
      );
    const r = rows[0];
    return r
      ? { evaluator: { id: userId, displayName: r.display_name, organisation: r.organisation }, effectiveness: r.effectiveness, userSatisfaction: r.user_satisfaction, costEfficiency: r.cost_efficiency, easeOfTransfer: r.ease_of_transfer, comment: r.comment, evidenceLevel: r.evidence_level, updatedAt: r.updated_at.toISOString() }
      : null;
  }

  private async transfer(viewer: Viewer, id: string): Promise<Transfer> {
    const [row]: { practice_id: string }[] = await this.dataSource.query('SELECT practice_id FROM practice_transfers WHERE id = $1', [id]);
    const all = await this.transfersOf(viewer, await this.organisationOf(viewer.id), [row?.practice_id ?? '']);
    const found = all.find((t) => t.id === id);
    if (!found) throw new NotFoundError('The transfer');
    return found;
  }

  /** Transfers of these practices with their stage history: two queries, whatever their number. */
  async transfersOf(viewer: Viewer | null, viewerOrg: string | null, practiceIds: string[]): Promise<Transfer[]> {
    const rows: {
      id: string;
      practice_id: string;
      practice_title: string;
      stage: TransferStage;
      adaptations: string;
      lessons: string;
      impact: Transfer['impact'];
      success_factors: string[];
      failure_factors: string[];
      created_at: Date;
      updated_at: Date;
      from_id: string;
      from_name: string;
      from_country: string;
      from_city: string | null;
      to_id: string;
      to_name: string;
      to_country: string;
      to_city: string | null;
    }[] = await this.dataSource.query(
      `SELECT t.id, t.practice_id, p.title AS practice_title, t.stage, t.adaptations, t.lessons, t.impact, t.success_factors, t.failure_factors, t.created_at, t.updated_at,
          fo.id AS from_id, fo.name AS from_name, fo.country AS from_country, fo.city AS from_city,
          tt.id AS to_id, tt.name AS to_name, tt.country AS to_country, tt.city AS to_city
         FROM practice_transfers t JOIN practices p ON p.id = t.practice_id
         JOIN organisations fo ON fo.id = p.organisation_id JOIN organisations tt ON tt.id = t.to_organisation_id
        WHERE t.practice_id = ANY($1::uuid[]) AND ${visibleTo(viewer)} ORDER BY t.updated_at DESC`,
      [practiceIds],
    );
    if (rows.length === 0) return [];
    const history: { transfer_id: string; stage: TransferStage; note: string; changed_at: Date; user_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT s.transfer_id, s.stage, s.note, s.changed_at, u.id AS user_id, u.display_name FROM practice_transfer_stages s JOIN users u ON u.id = s.changed_by
        WHERE s.transfer_id = ANY($1::uuid[]) ORDER BY s.changed_at, s.id`,
      [rows.map((r) => r.id)],
    );
    const org = (id: string, name: string, country: string, city: string | null): OrganisationRef => ({ id, name, country, city });
    return rows.map((r) => ({
      id: r.id,
      practiceId: r.practice_id,
      practiceTitle: r.practice_title,
      from: org(r.from_id, r.from_name, r.from_country, r.from_city),
      to: org(r.to_id, r.to_name, r.to_country, r.to_city),
      stage: r.stage,
      adaptations: r.adaptations,
      lessons: r.lessons,
      impact: r.impact,
      successFactors: r.success_factors,
      failureFactors: r.failure_factors,
      history: history.filter((h) => h.transfer_id === r.id).map((h) => ({ stage: h.stage, note: h.note, by: { id: h.user_id, displayName: h.display_name }, at: h.changed_at.toISOString() })),
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      viewer: { canEdit: viewer !== null && (viewer.role === 'admin' || viewerOrg === r.to_id) },
    }));
  }

  private async readable(viewer: Viewer | null, id: string): Promise<PracticeEntity> {
    const practice = await this.dataSource.getRepository(PracticeEntity).findOne({ where: { id } });
    if (!practice || (practice.visibility !== 'public' && !viewer)) throw practiceNotFound();
    return practice;
  }

  private async organisationOf(userId: string): Promise<string | null> {
    const rows: { organisation_id: string }[] = await this.dataSource.query('SELECT organisation_id FROM users WHERE id = $1', [userId]);
    return rows[0]?.organisation_id ?? null;
  }

  /** The contact person must be an active person of the owning organisation. */
  private async checkContact(tx: EntityManager, userId: string | null | undefined, organisationId: string): Promise<void> {
    if (!userId) return;
    const rows: unknown[] = await tx.query(`SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2 AND status = 'active'`, [userId, organisationId]);
    if (rows.length === 0) throw new ValidationError([{ field: 'body.contactUserId', message: 'must be an active person of the organisation that owns the practice' }]);
  }

  /** The owning organisation's people hear about a transfer of their practice (user rooms, and notifications). */
  private async tellOwners(tx: EntityManager, practice: PracticeEntity, transferId: string, stage: TransferStage, toOrganisationId: string, actorId: string): Promise<void> {
    const [to]: { name: string }[] = await tx.query('SELECT name FROM organisations WHERE id = $1', [toOrganisationId]);
    const data = { practiceId: practice.id, practiceTitle: practice.title, transferId, stage, organisation: to?.name ?? '', actorId };
    const owners = await this.ownerPeople(tx, practice.organisationId);
    await this.outbox.publishMany(tx, 'practice.transfer', owners.map((id) => ({ rooms: [roomName({ type: 'user', id })], data })));
  }

  /** The active people of the organisation that owns a practice (at most 200: a large organisation names a contact instead). */
  private async ownerPeople(tx: EntityManager, organisationId: string): Promise<string[]> {
    const people: { id: string }[] = await tx.query(`SELECT id FROM users WHERE organisation_id = $1 AND status = 'active' ORDER BY created_at LIMIT 200`, [organisationId]);
    return people.map((p) => p.id);
  }
}
