import { Injectable } from '@nestjs/common';
import { AuditLog, NotFoundError, RealtimeOutbox, TransactionRunner, ValidationError, type Viewer, decodeCursor, keysetPage } from '@sce/api-core';
import { type CommunityAccess, CommunitiesService, canModerateCommunity, canPostInCommunity, communityReadScope } from '@sce/api-communities';
import { UserEntity } from '@sce/api-identity';
import type { CreateThreadRequest, Language, PageQuery, ThreadDetail, ThreadListQuery, ThreadPage, UpdateThreadRequest, ViewerMembership } from '@sce/shared-contracts';
import type { EntityManager } from 'typeorm';
import { renderMarkdown } from './markdown';
import { communityRoom, threadRoom } from './realtime-rooms';
import { canAcceptAnswer, canEditThread, canReplyToThread, canSeeThread, canStartThread } from './thread.policy';
import { toThreadDetail, toThreadSummary } from './thread.mapper';
import { type NewThread, ThreadRepository } from './thread.repository';
import type { ThreadEntity } from './thread.entity';
import { ThreadsError, ThreadsErrorCode } from './threads.errors';

const threadNotFound = () => new NotFoundError('The thread');
/** A thread in a community the viewer may not read does not exist for them. */
const asThreadNotFound = (error: unknown): never => {
  throw error instanceof NotFoundError ? threadNotFound() : error;
};
const membershipOf = (access: CommunityAccess): ViewerMembership | null => (access.membership ? { role: access.membership.role, state: access.membership.state } : null);

@Injectable()
export class ThreadsService {
  constructor(
    private readonly threads: ThreadRepository,
    private readonly communities: CommunitiesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly outbox: RealtimeOutbox,
  ) {}

  async listInCommunity(viewer: Viewer | null, slug: string, query: ThreadListQuery): Promise<ThreadPage> {
    const access = await this.communities.readable(viewer, slug);
    const after = query.cursor ? decodeCursor(query.cursor, ['string', 'timestamp', 'uuid']) : null;
    const rows = await this.threads.listInCommunity(
      access.community.id,
      { kind: query.kind, tag: query.tag, includeHidden: canModerateCommunity(viewer, membershipOf(access)) },
      viewer?.id ?? null,
      after ? { pinned: after[0] === 'pinned', activity: String(after[1]), id: String(after[2]) } : null,
      query.limit + 1,
    );
    return keysetPage(rows, query.limit, (r) => [r.pinned ? 'pinned' : 'unpinned', r.activityKey, r.id], toThreadSummary);
  }

  async latest(viewer: Viewer | null, page: PageQuery): Promise<ThreadPage> {
    const after = page.cursor ? decodeCursor(page.cursor, ['timestamp', 'uuid']) : null;
    const rows = await this.threads.latest(communityReadScope(viewer), viewer?.id ?? null, after ? { activity: String(after[0]), id: String(after[1]) } : null, page.limit + 1);
    return keysetPage(rows, page.limit, (r) => [r.activityKey, r.id], toThreadSummary);
  }

  async create(viewer: Viewer, slug: string, request: CreateThreadRequest): Promise<ThreadDetail> {
    const id = await this.transactions.run(async (tx) => {
      const access = await this.communities.access(viewer, slug, tx);
      const membership = membershipOf(access);
      if (!canPostInCommunity(viewer, membership)) {
        throw new ThreadsError(ThreadsErrorCode.NOT_A_MEMBER, 403, 'Join this community to start a thread in it.');
      }
      if (!canStartThread(viewer, membership, request.kind)) {
        throw new ThreadsError(ThreadsErrorCode.RESEARCH_NOT_ALLOWED, 403, 'Only researchers and moderators can post research threads.');
      }
      const author = await tx.findOneOrFail(UserEntity, { where: { id: viewer.id }, select: { id: true, language: true } });
      return this.insert(tx, {
        communityId: access.community.id,
        authorId: viewer.id,
        kind: request.kind,
        title: request.title,
        bodyMarkdown: request.body,
        bodyHtml: renderMarkdown(request.body),
        tags: request.tags,
        language: request.language ?? author.language,
        research: request.research ?? null,
      });
    });
    return this.detail(viewer, id, { markRead: false });
  }

  /**
   * A discussion thread started with something else in the same transaction (an event's), by
   * someone the caller has already checked may post in the community.
   */
  startDiscussion(tx: EntityManager, thread: { communityId: string; authorId: string; title: string; body: string; tags: string[]; language: Language; kind?: 'discussion' | 'practice' }): Promise<string> {
    const { body, kind, ...rest } = thread;
    return this.insert(tx, { ...rest, kind: kind ?? 'discussion', bodyMarkdown: body, bodyHtml: renderMarkdown(body), research: null });
  }

  private async insert(tx: EntityManager, thread: NewThread): Promise<string> {
    const created = await this.threads.create(tx, thread);
    // The author has read what they wrote.
    await this.threads.markReadAsOfLastActivity(tx, thread.authorId, created.id);
    await this.outbox.publish(tx, 'thread.created', [communityRoom(thread.communityId)], { threadId: created.id, communityId: thread.communityId });
    return created.id;
  }

  /** The thread, if the viewer may read it; opening it marks it read for a signed-in viewer. */
  async detail(viewer: Viewer | null, id: string, options: { markRead: boolean } = { markRead: true }): Promise<ThreadDetail> {
    const thread = await this.threads.find(id);
    if (!thread || thread.deletedAt) throw threadNotFound();
    const access = await this.communities.accessById(viewer, thread.communityId).catch(asThreadNotFound);
    const membership = membershipOf(access);
    if (!canSeeThread(viewer, membership, thread)) throw threadNotFound();
    if (viewer && options.markRead) await this.threads.markRead(viewer.id, thread.id);
    const row = await this.threads.summary(thread.id, viewer?.id ?? null);
    if (!row) throw threadNotFound();
    const bookmarked = viewer ? await this.threads.bookmarked(viewer.id, thread.id) : false;
    return toThreadDetail(row, thread, bookmarked, {
      canReply: canReplyToThread(viewer, membership, thread),
      canEdit: canEditThread(viewer, membership, thread),
      canModerate: canModerateCommunity(viewer, membership),
      canAcceptAnswer: canAcceptAnswer(viewer, membership, thread),
    });
  }

  async update(viewer: Viewer, id: string, patch: UpdateThreadRequest): Promise<ThreadDetail> {
    await this.transactions.run(async (tx) => {
      const { thread, membership } = await this.access(viewer, id, tx);
      const moderating = canModerateCommunity(viewer, membership);
      if ((patch.pinned !== undefined || patch.locked !== undefined) && !moderating) {
        throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the community’s moderators can pin or lock a thread.');
      }
      const content = patch.title !== undefined || patch.body !== undefined || patch.tags !== undefined || patch.language !== undefined || patch.research !== undefined;
      if (content && !canEditThread(viewer, membership, thread)) {
        throw thread.locked && viewer.id === thread.authorId
          ? new ThreadsError(ThreadsErrorCode.THREAD_LOCKED, 409, 'This thread is locked: it can no longer be edited.')
          : new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the author or a moderator can edit this thread.');
      }
      if (patch.research && thread.kind !== 'research') {
        throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 400, 'Only research threads have research details.');
      }
      await this.threads.update(tx, thread.id, {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.body !== undefined ? { bodyMarkdown: patch.body, bodyHtml: renderMarkdown(patch.body) } : {}),
        ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
        ...(patch.language !== undefined ? { language: patch.language } : {}),
        ...(patch.research !== undefined ? { research: patch.research } : {}),
        ...(patch.pinned !== undefined ? { pinned: patch.pinned } : {}),
        ...(patch.locked !== undefined ? { locked: patch.locked } : {}),
        ...(content ? { editedAt: new Date() } : {}),
      });
      const rooms = [threadRoom(thread.id), communityRoom(thread.communityId)];
      if (patch.pinned !== undefined && patch.pinned !== thread.pinned) await this.outbox.publish(tx, 'thread.pinned', rooms, { threadId: thread.id, pinned: patch.pinned });
      if (patch.locked !== undefined && patch.locked !== thread.locked) await this.outbox.publish(tx, 'thread.locked', rooms, { threadId: thread.id, locked: patch.locked });
      if (content) await this.outbox.publish(tx, 'thread.updated', rooms, { threadId: thread.id });
      if (patch.pinned !== undefined || patch.locked !== undefined) {
        await this.audit.record(tx, { actorId: viewer.id, action: 'thread.moderated', targetType: 'thread', targetId: thread.id, details: { pinned: patch.pinned, locked: patch.locked } });
      } else if (content && viewer.id !== thread.authorId) {
        await this.audit.record(tx, { actorId: viewer.id, action: 'thread.edited-by-moderator', targetType: 'thread', targetId: thread.id });
      }
    });
    return this.detail(viewer, id, { markRead: false });
  }

  /** The author or a moderator deletes a thread (soft: it leaves every list). */
  async remove(viewer: Viewer, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { thread, membership } = await this.access(viewer, id, tx);
      const moderating = canModerateCommunity(viewer, membership);
      if (viewer.id !== thread.authorId && !moderating) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the author or a moderator can delete this thread.');
      await this.threads.softDelete(tx, thread);
      await this.outbox.publish(tx, 'thread.deleted', [threadRoom(thread.id), communityRoom(thread.communityId)], { threadId: thread.id });
      if (viewer.id !== thread.authorId) await this.audit.record(tx, { actorId: viewer.id, action: 'thread.deleted', targetType: 'thread', targetId: thread.id });
    });
  }

  /**
   * A moderator moves a thread to another community: moderators of the community it leaves, who
   * also moderate the one it joins (global moderators anywhere). Counts follow; sockets following
   * it are checked again, so a move into a private community cuts off those who may no longer read it.
   */
  async move(viewer: Viewer, id: string, targetSlug: string, reason: string | null): Promise<ThreadDetail> {
    await this.transactions.run(async (tx) => {
      const { thread, membership } = await this.access(viewer, id, tx);
      if (!canModerateCommunity(viewer, membership)) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the community’s moderators can move a thread.');
      const target = await this.communities.access(viewer, targetSlug, tx).catch(() => {
        throw new ValidationError([{ field: 'body.community', message: 'is not a community you can see' }]);
      });
      if (!canModerateCommunity(viewer, membershipOf(target))) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'You can only move a thread into a community you moderate.');
      if (target.community.id === thread.communityId) throw new ValidationError([{ field: 'body.community', message: 'is the community the thread is already in' }]);
      await tx.query('UPDATE threads SET community_id = $2 WHERE id = $1', [thread.id, target.community.id]);
      if (!thread.hidden) {
        await tx.query('UPDATE communities SET thread_count = thread_count - 1 WHERE id = $1', [thread.communityId]);
        await tx.query('UPDATE communities SET thread_count = thread_count + 1, last_activity_at = GREATEST(last_activity_at, $2) WHERE id = $1', [target.community.id, thread.lastActivityAt]);
      }
      await this.outbox.publish(tx, 'thread.moved', [threadRoom(thread.id), communityRoom(thread.communityId), communityRoom(target.community.id)], { threadId: thread.id, fromCommunityId: thread.communityId, toCommunityId: target.community.id });
      await this.outbox.instruct(tx, 'access.room', { room: threadRoom(thread.id) });
      await this.audit.record(tx, { actorId: viewer.id, action: 'thread.moved', targetType: 'thread', targetId: thread.id, reason, details: { from: thread.communityId, to: target.community.id } });
    });
    return this.detail(viewer, id, { markRead: false });
  }

  /** Slow mode on a thread (moderators): at least `seconds` between one person's posts; 0 turns it off. */
  async setSlowMode(viewer: Viewer, id: string, seconds: number): Promise<ThreadDetail> {
    await this.transactions.run(async (tx) => {
      const { thread, membership } = await this.access(viewer, id, tx);
      if (!canModerateCommunity(viewer, membership)) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the community’s moderators can set slow mode.');
      await tx.query('UPDATE threads SET slow_mode_seconds = $2 WHERE id = $1', [thread.id, seconds]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'thread.slow-mode', targetType: 'thread', targetId: thread.id, details: { seconds } });
    });
    return this.detail(viewer, id, { markRead: false });
  }

  /** Read as of the thread's last activity: for someone who just wrote in it. */
  markReadAsOfLastActivity(tx: EntityManager, userId: string, threadId: string): Promise<void> {
    return this.threads.markReadAsOfLastActivity(tx, userId, threadId);
  }

  setAcceptedAnswer(tx: EntityManager, threadId: string, postId: string | null): Promise<void> {
    return this.threads.update(tx, threadId, { acceptedPostId: postId });
  }

  async access(viewer: Viewer | null, id: string, tx?: EntityManager): Promise<ThreadAccess> {
    const thread = await this.threads.find(id, tx);
    if (!thread || thread.deletedAt) throw threadNotFound();
    const access = await this.communities.accessById(viewer, thread.communityId, tx).catch(asThreadNotFound);
    const membership = membershipOf(access);
    if (!canSeeThread(viewer, membership, thread)) throw threadNotFound();
    return { thread, membership };
  }
}

export interface ThreadAccess {
  thread: ThreadEntity;
  membership: ViewerMembership | null;
}
