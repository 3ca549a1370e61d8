import type { Post, PostRevision, ReactionKind } from '@sce/shared-contracts';
import type { PostRow, PostVersion } from './post.repository';

export interface PostViewerContext {
  /** Sees hidden posts' text: moderators of the community (authors see their own). */
  moderator: boolean;
  viewerId: string | null;
  acceptedPostId: string | null;
  /** The deepest depth shown on this page. */
  maxDepth: number;
  myReactions: ReactionKind[];
  bookmarked: boolean;
  can: Post['viewer'];
}

export function toPost(row: PostRow, context: PostViewerContext): Post {
  const deleted = row.deletedAt !== null;
  const readable = !deleted && (!row.hidden || context.moderator || row.authorId === context.viewerId);
  return {
    id: row.id,
    threadId: row.threadId,
    parentId: row.parentId,
    depth: row.depth,
    author: { id: row.authorId, displayName: row.authorName },
    body: readable ? row.bodyMarkdown : null,
    bodyHtml: readable ? row.bodyHtml : null,
    deleted,
    hidden: row.hidden,
    approval: row.approval,
    hiddenReason: (row.hidden || row.approval === 'rejected') && (context.moderator || row.authorId === context.viewerId) ? row.hiddenReason : null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt ? row.editedAt.toISOString() : null,
    revisionCount: row.revisionCount,
    replyCount: row.childCount,
    moreReplies: row.depth >= context.maxDepth && row.childCount > 0,
    reactions: row.reactionCounts,
    myReactions: context.myReactions,
    accepted: context.acceptedPostId === row.id,
    bookmarked: context.bookmarked,
    viewer: context.can,
  };
}

export function toRevision(v: PostVersion): PostRevision {
  return { version: v.version, editor: { id: v.editorId, displayName: v.editorName }, createdAt: v.createdAt.toISOString(), body: v.bodyMarkdown, current: v.current };
}
