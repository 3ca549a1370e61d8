import { z } from 'zod';
import { pageSchema } from '../common/page';
import { personRefSchema } from '../communities/community.schemas';
import { languageSchema } from '../identity/identity.enums';
import { markdownBodySchema } from './thread.schemas';

/** Replies nest this deep at most; deeper is a 400 on `parentId`. */
export const POST_MAX_DEPTH = 32;
/** Thread pages show the tree this deep; below it, "continue this thread" opens the branch. */
export const POST_VISIBLE_DEPTH = 6;
export const MENTIONS_MAX = 20;

/** A mention in Markdown source, as the composer inserts it: `@[Tom Ashworth](user:<uuid>)`. */
export const MENTION_PATTERN = /@\[([^\]\n]{1,60})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export const reactionKinds = ['like', 'thanks', 'insightful', 'agree', 'curious'] as const;
export const reactionKindSchema = z.enum(reactionKinds);
export type ReactionKind = z.infer<typeof reactionKindSchema>;

/** POST /api/threads/:id/posts. */
export const createPostSchema = z.object({
  body: markdownBodySchema,
  /** The post this one answers; without it, a reply to the thread. */
  parentId: z.uuid({ message: 'must be a post id' }).optional(),
  /** A post of the same thread to quote above the reply. */
  quotePostId: z.uuid({ message: 'must be a post id' }).optional(),
  /** The language it is written in (search stems it so); defaults to the author's profile language. */
  language: languageSchema.optional(),
});
export type CreatePostRequest = z.infer<typeof createPostSchema>;

/** PATCH /api/posts/:id. */
export const updatePostSchema = z.object({ body: markdownBodySchema });
export type UpdatePostRequest = z.infer<typeof updatePostSchema>;

export const postListQuerySchema = z.object({
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** "Continue this thread": the branch under this post. */
  root: z.uuid({ message: 'must be a post id' }).optional(),
});
export type PostListQuery = z.infer<typeof postListQuerySchema>;

export const reactionCountsSchema = z.record(z.string(), z.number().int().nonnegative());

export const postSchema = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  parentId: z.uuid().nullable(),
  depth: z.number().int().min(1),
  author: personRefSchema,
  /** Null when the post is deleted, or hidden and the viewer is neither its author nor a moderator. */
  body: z.string().nullable(),
  bodyHtml: z.string().nullable(),
  deleted: z.boolean(),
  hidden: z.boolean(),
  /** A new member's post waiting for (or refused) a moderator's approval: seen only by its author and the moderators. */
  approval: z.enum(['approved', 'pending', 'rejected']),
  /** Why the moderators hid it; only for its author and the moderators. */
  hiddenReason: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  revisionCount: z.number().int().nonnegative(),
  replyCount: z.number().int().nonnegative(),
  /** Replies exist below the depth a page shows: offer "continue this thread". */
  moreReplies: z.boolean(),
  reactions: reactionCountsSchema,
  /** The viewer's own reactions; empty for visitors. */
  myReactions: z.array(reactionKindSchema),
  accepted: z.boolean(),
  bookmarked: z.boolean(),
  viewer: z.object({ canReply: z.boolean(), canEdit: z.boolean(), canDelete: z.boolean(), canReact: z.boolean() }),
});
export type Post = z.infer<typeof postSchema>;
export const postPageSchema = pageSchema(postSchema);
export type PostPage = z.infer<typeof postPageSchema>;

export const postRevisionSchema = z.object({
  /** 1 for the first version. */
  version: z.number().int().min(1),
  editor: personRefSchema,
  createdAt: z.string(),
  body: z.string(),
  current: z.boolean(),
});
export type PostRevision = z.infer<typeof postRevisionSchema>;

export const reactionsResultSchema = z.object({ reactions: reactionCountsSchema, myReactions: z.array(reactionKindSchema) });
export type ReactionsResult = z.infer<typeof reactionsResultSchema>;

export const bookmarkSchema = z.object({
  threadId: z.uuid(),
  threadTitle: z.string(),
  community: z.object({ slug: z.string(), name: z.string() }),
  postId: z.uuid().nullable(),
  excerpt: z.string(),
  createdAt: z.string(),
});
export type Bookmark = z.infer<typeof bookmarkSchema>;
export const bookmarkPageSchema = pageSchema(bookmarkSchema);
export type BookmarkPage = z.infer<typeof bookmarkPageSchema>;
