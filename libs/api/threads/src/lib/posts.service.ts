import { Injectable } from '@nestjs/common';
import { AuditLog, NotFoundError, RealtimeOutbox, TransactionRunner, ValidationError, type Viewer, decodeCursor, keysetPage } from '@sce/api-core';
import { CommunitiesService, canModerateCommunity, canPostInCommunity } from '@sce/api-communities';
import {
  type CreatePostRequest,
  MENTIONS_MAX,
  POST_MAX_DEPTH,
  POST_VISIBLE_DEPTH,
  Permission,
  type Post,
  type PostListQuery,
  type PostPage,
  type PostRevision,
  type ReactionKind,
  type ReactionsResult,
  type UpdatePostRequest,
  type ViewerMembership,
  roleHasPermission,
  roomName,
} from '@sce/shared-contracts';
import type { EntityManager } from 'typeorm';
import { communityRoom, threadRoom } from './realtime-rooms';
import { mentionedUserIds, renderMarkdown } from './markdown';
import { toPost, toRevision } from './post.mapper';
import { type PostRow, PostRepository } from './post.repository';
import { PostEntity } from './post.entity';
import type { ThreadEntity } from './thread.entity';
import { canAcceptAnswer, canReplyToThread } from './thread.policy';
import { SlowModeError, ThreadsError, ThreadsErrorCode } from './threads.errors';
import { type ThreadAccess, ThreadsService } from './threads.service';

const postNotFound = () => new NotFoundError('The post');
/** The history dialog shows this many versions at most, newest first. */
const REVISIONS_SHOWN = 100;
const threadLocked = () => new ThreadsError(ThreadsErrorCode.THREAD_LOCKED, 409, 'This thread is locked: it takes no more replies.');

@Injectable()
export class PostsService {
  constructor(
    private readonly posts: PostRepository,
    private readonly threads: ThreadsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly outbox: RealtimeOutbox,
    private readonly communities: CommunitiesService,
  ) {}

  /** A page of the reply tree, depth first; with `root`, the branch under that post. */
  async list(viewer: Viewer | null, threadId: string, query: PostListQuery): Promise<PostPage> {
    const access = await this.threads.access(viewer, threadId);
    let rootPath: string | null = null;
    let maxDepth = POST_VISIBLE_DEPTH;
    if (query.root) {
      const root = await this.posts.find(query.root);
      if (!root || root.threadId !== threadId) throw postNotFound();
      rootPath = root.path;
      maxDepth = root.depth + POST_VISIBLE_DEPTH - 1;
    }
    const after = query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : null;
    const rows = await this.posts.page(threadId, { maxDepth, rootPath, afterPath: after, limit: query.limit + 1, viewerId: viewer?.id ?? null, moderator: canModerateCommunity(viewer, access.membership) });
    const views = await this.views(viewer, access, rows.slice(0, query.limit), maxDepth);
    return keysetPage(rows, query.limit, (r) => [r.path], (r) => views.get(r.id) as Post);
  }

  /** One post (a permalink): the thread page then opens the branch around it. */
  async get(viewer: Viewer | null, id: string): Promise<Post> {
    const row = await this.posts.row(id);
    if (!row) throw postNotFound();
    const access = await this.threads.access(viewer, row.threadId).catch(asPostNotFound);
    if (row.approval !== 'approved' && row.authorId !== viewer?.id && !canModerateCommunity(viewer, access.membership)) throw postNotFound();
    return this.view(viewer, access, row);
  }

  /**
   * Checks and renders before the transaction, which then only writes: the thread row stays
   * locked for a few statements, so replies to one busy thread queue briefly.
   */
  async create(viewer: Viewer, threadId: string, request: CreatePostRequest): Promise<Post> {
    const access = await this.threads.access(viewer, threadId);
    const { thread, membership } = access;
    if (!canPostInCommunity(viewer, membership)) throw new ThreadsError(ThreadsErrorCode.NOT_A_MEMBER, 403, 'Join this community to reply.');
    if (!canReplyToThread(viewer, membership, thread)) throw threadLocked();
    if (!canModerateCommunity(viewer, membership)) await this.checkSlowMode(viewer.id, thread);
    const parent = request.parentId ? await this.posts.find(request.parentId) : null;
    if (request.parentId && (!parent || parent.threadId !== thread.id)) throw new ValidationError([{ field: 'body.parentId', message: 'is not a post of this thread' }]);
    if (parent?.deletedAt) throw new ValidationError([{ field: 'body.parentId', message: 'is a deleted post: reply to the thread or another post' }]);
    const depth = (parent?.depth ?? 0) + 1;
    if (depth > POST_MAX_DEPTH) throw new ValidationError([{ field: 'body.parentId', message: `is nested too deeply: replies go at most ${POST_MAX_DEPTH} levels deep` }]);
    const source = request.quotePostId ? `${await this.quote(access, request.quotePostId)}\n\n${request.body}` : request.body;
    const { html, mentions, people } = await this.render(null, source, 'body.body', [viewer.id]);
    const moderator = canModerateCommunity(viewer, membership);
    // A new member's first posts wait for a moderator, with fewer links and mentions allowed.
    const pending = !moderator && (await this.posts.needsApproval(null, viewer.id, thread.communityId));
    if (pending && (html.match(/<a\s/g) ?? []).length > NEW_MEMBER_LINKS_MAX) {
      throw new ValidationError([{ field: 'body.body', message: `may hold at most ${NEW_MEMBER_LINKS_MAX} links until the moderators have approved your first posts` }]);
    }
    if (pending && mentions.length > NEW_MEMBER_MENTIONS_MAX) {
      throw new ValidationError([{ field: 'body.body', message: `may mention at most ${NEW_MEMBER_MENTIONS_MAX} people until the moderators have approved your first posts` }]);
    }

    const created = await this.transactions.run(async (tx) => {
      const post = await this.posts.create(tx, { threadId: thread.id, parentId: parent?.id ?? null, authorId: viewer.id, depth, bodyMarkdown: source, bodyHtml: html, language: request.language ?? null }, parent?.path ?? null, {
        evenIfLocked: moderator,
        communityId: thread.communityId,
        pending,
      });
      if (!post) throw threadLocked();
      if (mentions.length > 0) await this.posts.saveMentions(tx, post.id, mentions, { replace: false });
      if (pending) {
        for (const id of await this.communities.moderatorIds(tx, thread.communityId)) {
          await this.outbox.publish(tx, 'moderation.queued', [roomName({ type: 'user', id })], { postId: post.id, threadId: thread.id });
        }
      } else {
        await this.outbox.publish(tx, 'post.created', [threadRoom(thread.id), communityRoom(thread.communityId)], { threadId: thread.id, postId: post.id, parentId: parent?.id ?? null, authorId: viewer.id });
      }
      return post;
    });
    const row: PostRow = {
      id: created.id,
      threadId: thread.id,
      parentId: parent?.id ?? null,
      depth,
      path: created.path,
      authorId: viewer.id,
      authorName: people.get(viewer.id) ?? '',
      bodyMarkdown: source,
      bodyHtml: html,
      hidden: false,
      hiddenReason: null,
      approval: pending ? 'pending' : 'approved',
      deletedAt: null,
      editedAt: null,
      createdAt: created.createdAt,
      childCount: 0,
      revisionCount: 0,
      reactionCounts: {},
    };
    return toPost(row, { moderator, viewerId: viewer.id, acceptedPostId: thread.acceptedPostId, maxDepth: depth, myReactions: [], bookmarked: false, can: this.permissions(viewer, membership, thread, row, moderator) });
  }

  /** The author edits until the thread is locked; moderators always. The old text becomes a revision. */
  async update(viewer: Viewer, id: string, request: UpdatePostRequest): Promise<Post> {
    await this.transactions.run(async (tx) => {
      const { post, access } = await this.writable(viewer, id, tx);
      const moderating = canModerateCommunity(viewer, access.membership);
      const own = post.authorId === viewer.id && roleHasPermission(viewer.role, Permission.EditOwnContent);
      if (!own && !moderating) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the author or a moderator can edit this post.');
      if (!moderating && access.thread.locked) throw new ThreadsError(ThreadsErrorCode.THREAD_LOCKED, 409, 'This thread is locked: its posts can no longer be edited.');
      if (request.body === post.bodyMarkdown) return;
      const { html, mentions } = await this.render(tx, request.body, 'body.body');
      await this.posts.edit(tx, post, viewer.id, request.body, html);
      await this.posts.saveMentions(tx, post.id, mentions);
      await this.outbox.publish(tx, 'post.edited', [threadRoom(post.threadId)], { threadId: post.threadId, postId: post.id });
      if (!own) await this.audit.record(tx, { actorId: viewer.id, action: 'post.edited-by-moderator', targetType: 'post', targetId: post.id });
    });
    return this.get(viewer, id);
  }

  /** Soft delete by the author or a moderator: "deleted" stays in the tree with its replies. */
  async remove(viewer: Viewer, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { post, access } = await this.writable(viewer, id, tx);
      const moderating = canModerateCommunity(viewer, access.membership);
      if (post.authorId !== viewer.id && !moderating) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the author or a moderator can delete this post.');
      await this.posts.softDelete(tx, post);
      await this.outbox.publish(tx, 'post.deleted', [threadRoom(post.threadId)], { threadId: post.threadId, postId: post.id });
      if (post.authorId !== viewer.id) await this.audit.record(tx, { actorId: viewer.id, action: 'post.deleted', targetType: 'post', targetId: post.id });
    });
  }

  /** Every version, newest first: who wrote it, when, and the text. */
  async revisions(viewer: Viewer | null, id: string): Promise<PostRevision[]> {
    const row = await this.posts.row(id);
    if (!row || row.deletedAt) throw postNotFound();
    const access = await this.threads.access(viewer, row.threadId).catch(asPostNotFound);
    if (row.hidden && row.authorId !== viewer?.id && !canModerateCommunity(viewer, access.membership)) throw postNotFound();
    return (await this.posts.versions(id, REVISIONS_SHOWN)).map(toRevision);
  }

  async react(viewer: Viewer, id: string, kind: ReactionKind, on: boolean): Promise<ReactionsResult> {
    await this.transactions.run(async (tx) => {
      const { post, access } = await this.writable(viewer, id, tx);
      if (!canPostInCommunity(viewer, access.membership)) throw new ThreadsError(ThreadsErrorCode.NOT_A_MEMBER, 403, 'Join this community to react to its posts.');
      if (post.hidden && on) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 409, 'This post is hidden by the moderators.');
      if (post.approval !== 'approved') throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 409, 'This post is waiting for the moderators.');
      const reactions = await this.posts.react(tx, post.id, viewer.id, kind, on);
      if (reactions) {
        await this.outbox.publish(tx, 'reactions.changed', [threadRoom(post.threadId)], { threadId: post.threadId, postId: post.id, reactions });
      }
    });
    const post = await this.get(viewer, id);
    return { reactions: post.reactions, myReactions: post.myReactions };
  }

  /** The question's author or a moderator marks a reply as the accepted answer (or clears it with null). */
  async accept(viewer: Viewer, threadId: string, postId: string | null): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { thread, membership } = await this.threads.access(viewer, threadId, tx);
      if (thread.kind !== 'question') throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 409, 'Only questions have an accepted answer.');
      if (!canAcceptAnswer(viewer, membership, thread)) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the person who asked, or a moderator, can accept an answer.');
      if (postId) {
        const post = await this.posts.find(postId, tx);
        if (!post || post.threadId !== thread.id || post.deletedAt || post.hidden) throw postNotFound();
      }
      await this.threads.setAcceptedAnswer(tx, thread.id, postId);
      if (postId !== thread.acceptedPostId) {
        await this.outbox.publish(tx, 'thread.answer-accepted', [threadRoom(thread.id), communityRoom(thread.communityId)], { threadId: thread.id, postId });
      }
      if (viewer.id !== thread.authorId) await this.audit.record(tx, { actorId: viewer.id, action: postId ? 'thread.answer-accepted' : 'thread.answer-cleared', targetType: 'thread', targetId: thread.id, details: { postId } });
    });
  }

  /**
   * A moderator hides a post (its text is kept for the author and the moderators, with the reason)
   * or restores it. Everyone viewing learns at once; the author gets the reason.
   */
  async setHidden(viewer: Viewer, id: string, hidden: boolean, reason: string | null): Promise<Post> {
    await this.transactions.run(async (tx) => {
      const { post, access } = await this.writable(viewer, id, tx);
      if (!canModerateCommunity(viewer, access.membership)) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the community’s moderators can hide or restore posts.');
      if (post.hidden === hidden) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 409, hidden ? 'This post is already hidden.' : 'This post is not hidden.');
      await tx.update(PostEntity, { id }, { hidden, hiddenReason: hidden ? reason : null });
      await this.outbox.publish(tx, 'post.hidden', [threadRoom(post.threadId)], { threadId: post.threadId, postId: id, hidden });
      await this.outbox.publish(tx, 'moderation.notice', [roomName({ type: 'user', id: post.authorId })], { kind: hidden ? 'post-hidden' : 'post-restored', threadId: post.threadId, postId: id, reason: hidden ? reason : null });
      await this.audit.record(tx, { actorId: viewer.id, action: hidden ? 'post.hidden' : 'post.restored', targetType: 'post', targetId: id, reason, details: { threadId: post.threadId } });
    });
    return this.get(viewer, id);
  }

  /** A moderator approves a new member's waiting post: it is counted, shown and announced now. */
  async approve(viewer: Viewer, id: string): Promise<Post> {
    await this.transactions.run(async (tx) => {
      const { post, access } = await this.pendingForModerator(viewer, id, tx);
      await tx.update(PostEntity, { id }, { approval: 'approved' });
      await this.posts.countIn(tx, post.threadId, post.parentId, access.thread.communityId, true);
      await this.outbox.publish(tx, 'post.created', [threadRoom(post.threadId), communityRoom(access.thread.communityId)], { threadId: post.threadId, postId: id, parentId: post.parentId, authorId: post.authorId });
      await this.outbox.publish(tx, 'moderation.notice', [roomName({ type: 'user', id: post.authorId })], { kind: 'post-approved', threadId: post.threadId, postId: id, reason: null });
      await this.audit.record(tx, { actorId: viewer.id, action: 'post.approved', targetType: 'post', targetId: id, details: { threadId: post.threadId } });
    });
    return this.get(viewer, id);
  }

  /** A moderator refuses a waiting post: only its author (and the moderators) still see it, with the reason. */
  async reject(viewer: Viewer, id: string, reason: string | null): Promise<Post> {
    await this.transactions.run(async (tx) => {
      const { post } = await this.pendingForModerator(viewer, id, tx);
      await tx.update(PostEntity, { id }, { approval: 'rejected', hiddenReason: reason });
      await this.outbox.publish(tx, 'moderation.notice', [roomName({ type: 'user', id: post.authorId })], { kind: 'post-rejected', threadId: post.threadId, postId: id, reason });
      await this.audit.record(tx, { actorId: viewer.id, action: 'post.rejected', targetType: 'post', targetId: id, reason, details: { threadId: post.threadId } });
    });
    return this.get(viewer, id);
  }

  private async pendingForModerator(viewer: Viewer, id: string, tx: EntityManager): Promise<{ post: PostEntity; access: ThreadAccess }> {
    const found = await this.writable(viewer, id, tx);
    if (!canModerateCommunity(viewer, found.access.membership)) throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 403, 'Only the community’s moderators approve or reject waiting posts.');
    if (found.post.approval !== 'pending') throw new ThreadsError(ThreadsErrorCode.NOT_ALLOWED, 409, 'This post is not waiting for approval.');
    return found;
  }

  /** Slow mode: the thread's or its community's minimum seconds between one person's posts. */
  private async checkSlowMode(userId: string, thread: ThreadEntity): Promise<void> {
    const rows: { wait: number | null }[] = await this.posts.slowModeWait(userId, thread.id, thread.communityId);
    const wait = Math.ceil(Number(rows[0]?.wait ?? 0));
    if (wait > 0) throw new SlowModeError(wait);
  }

  private async writable(viewer: Viewer, id: string, tx: EntityManager): Promise<{ post: PostEntity; access: ThreadAccess }> {
    const found = await this.posts.find(id, tx);
    if (!found || found.deletedAt) throw postNotFound();
    const access = await this.threads.access(viewer, found.threadId, tx).catch(asPostNotFound);
    if ((found.hidden || found.approval !== 'approved') && found.authorId !== viewer.id && !canModerateCommunity(viewer, access.membership)) throw postNotFound();
    return { post: found, access };
  }

  /**
   * Markdown with mentions resolved to active people (at most MENTIONS_MAX). `alsoNames` are
   * looked up in the same query (the author's name for the view).
   */
  private async render(tx: EntityManager | null, source: string, field: string, alsoNames: string[] = []): Promise<{ html: string; mentions: string[]; people: Map<string, string> }> {
    const ids = mentionedUserIds(source);
    if (ids.length > MENTIONS_MAX) throw new ValidationError([{ field, message: `mentions ${ids.length} people: at most ${MENTIONS_MAX} per post` }]);
    const people = await this.posts.people(tx, [...new Set([...ids, ...alsoNames])]);
    const mentioned = new Map([...people].filter(([id]) => ids.includes(id)));
    return { html: renderMarkdown(source, mentioned), mentions: [...mentioned.keys()], people };
  }

  /** A quote of a post of the same thread, as Markdown: quoting never carries text out of its thread. */
  private async quote(access: ThreadAccess, quotePostId: string): Promise<string> {
    const quoted = await this.posts.find(quotePostId);
    if (!quoted || quoted.threadId !== access.thread.id || quoted.deletedAt || quoted.hidden) {
      throw new ValidationError([{ field: 'body.quotePostId', message: 'is not a post of this thread that can be quoted' }]);
    }
    const author = (await this.posts.people(null, [quoted.authorId])).get(quoted.authorId) ?? 'Someone';
    const text = quoted.bodyMarkdown.length > 1500 ? `${quoted.bodyMarkdown.slice(0, 1500)}…` : quoted.bodyMarkdown;
    return [`**${escapeMarkdown(author)}** wrote:`, '', ...text.split('\n')].map((line) => `> ${line}`).join('\n');
  }

  private async view(viewer: Viewer | null, access: ThreadAccess, row: PostRow): Promise<Post> {
    const views = await this.views(viewer, access, [row], row.depth);
    return views.get(row.id) as Post;
  }

  /** Views of a page of posts: the viewer's reactions and bookmarks in two queries for the whole page. */
  private async views(viewer: Viewer | null, access: ThreadAccess, rows: PostRow[], maxDepth: number): Promise<Map<string, Post>> {
    const { thread, membership } = access;
    const marks = viewer ? await this.posts.viewerMarks(viewer.id, rows.map((r) => r.id)) : null;
    const moderator = canModerateCommunity(viewer, membership);
    return new Map(rows.map((row) => [row.id, toPost(row, {
      moderator,
      viewerId: viewer?.id ?? null,
      acceptedPostId: thread.acceptedPostId,
      maxDepth,
      myReactions: marks?.reactions.get(row.id) ?? [],
      bookmarked: marks?.bookmarked.has(row.id) ?? false,
      can: this.permissions(viewer, membership, thread, row, moderator),
    })]));
  }

  private permissions(viewer: Viewer | null, membership: ViewerMembership | null, thread: ThreadEntity, row: PostRow, moderator: boolean): Post['viewer'] {
    const alive = row.deletedAt === null;
    const own = viewer !== null && viewer.id === row.authorId;
    return {
      canReply: alive && canReplyToThread(viewer, membership, thread) && row.depth < POST_MAX_DEPTH,
      canEdit: alive && (moderator || (own && !thread.locked && viewer !== null && roleHasPermission(viewer.role, Permission.EditOwnContent))),
      canDelete: alive && (moderator || own),
      canReact: alive && !row.hidden && canPostInCommunity(viewer, membership),
    };
  }
}

/** Until a new member's first posts are approved. */
const NEW_MEMBER_LINKS_MAX = 2;
const NEW_MEMBER_MENTIONS_MAX = 2;

const asPostNotFound = (error: unknown): never => {
  throw error instanceof NotFoundError ? postNotFound() : error;
};

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|>~<]/g, (c) => `\\${c}`);
}
