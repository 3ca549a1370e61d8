import { z } from 'zod';
import { pageSchema } from '../common/page';
import { personRefSchema } from '../communities/community.schemas';
import { languageSchema } from '../identity/identity.enums';
import { threadKindSchema } from './thread.enums';

export const THREAD_TITLE_MAX = 200;
export const BODY_MAX = 50_000;
export const TAGS_MAX = 10;

export const threadTitleSchema = z
  .string()
  .trim()
  .min(3, { message: 'must be at least 3 characters long' })
  .max(THREAD_TITLE_MAX, { message: `must be at most ${THREAD_TITLE_MAX} characters long` });

/** Markdown source of a thread or post; rendered and sanitised by the API. */
export const markdownBodySchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(BODY_MAX, { message: `must be at most ${BODY_MAX.toLocaleString('en')} characters long` });

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { message: 'must be at least 2 characters long' })
  .max(40, { message: 'must be at most 40 characters long' })
  .regex(/^[\p{Ll}\p{N}]+(?:[ -][\p{Ll}\p{N}]+)*$/u, { message: 'must be words of letters and digits, such as open data or eidas' });

export const tagsSchema = z
  .array(tagSchema)
  .max(TAGS_MAX, { message: `must have at most ${TAGS_MAX} tags` })
  .transform((tags) => [...new Set(tags)]);

/** The extra fields of a research thread. */
export const researchSchema = z.object({
  authors: z.array(z.string().trim().min(2).max(120)).min(1, { message: 'must name at least one author' }).max(30),
  abstract: z.string().trim().min(1, { message: 'must not be empty' }).max(5000, { message: 'must be at most 5000 characters long' }),
  doi: z
    .string()
    .trim()
    .regex(/^10\.\d{4,9}\/\S+$/, { message: 'must be a DOI such as 10.1000/xyz123' })
    .max(200)
    .nullable()
    .default(null),
  link: z
    .url({ protocol: /^https?$/, message: 'must be an http or https link' })
    .max(2000)
    .nullable()
    .default(null),
  publishedOn: z.iso.date({ message: 'must be a date such as 2026-05-31' }).nullable().default(null),
});
export type Research = z.infer<typeof researchSchema>;

/** POST /api/communities/:slug/threads. */
export const createThreadSchema = z
  .object({
    kind: threadKindSchema,
    title: threadTitleSchema,
    body: markdownBodySchema,
    tags: tagsSchema.default([]),
    /** Defaults to the author's profile language. */
    language: languageSchema.optional(),
    research: researchSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'research' && !v.research) ctx.addIssue({ code: 'custom', path: ['research'], message: 'is required for a research thread (authors and abstract)' });
    if (v.kind !== 'research' && v.research) ctx.addIssue({ code: 'custom', path: ['research'], message: 'is only for research threads' });
  });
export type CreateThreadRequest = z.infer<typeof createThreadSchema>;

/** PATCH /api/threads/:id: content by its author (or a moderator); pinned and locked by moderators. */
export const updateThreadSchema = z
  .object({
    title: threadTitleSchema,
    body: markdownBodySchema,
    tags: tagsSchema,
    language: languageSchema,
    research: researchSchema,
    pinned: z.boolean(),
    locked: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'must change at least one field' });
export type UpdateThreadRequest = z.infer<typeof updateThreadSchema>;

export const threadListQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  kind: threadKindSchema.optional(),
  tag: tagSchema.optional(),
});
export type ThreadListQuery = z.infer<typeof threadListQuerySchema>;

export const threadSummarySchema = z.object({
  id: z.uuid(),
  community: z.object({ slug: z.string(), name: z.string() }),
  kind: threadKindSchema,
  title: z.string(),
  tags: z.array(z.string()),
  language: languageSchema,
  author: personRefSchema,
  pinned: z.boolean(),
  locked: z.boolean(),
  /** Shown to moderators only; hidden threads are left out for everyone else. */
  hidden: z.boolean(),
  replyCount: z.number().int().nonnegative(),
  answered: z.boolean(),
  lastActivityAt: z.string(),
  createdAt: z.string(),
  /** Whether something happened since the viewer last opened it; null for visitors. */
  unread: z.boolean().nullable(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;
export const threadPageSchema = pageSchema(threadSummarySchema);
export type ThreadPage = z.infer<typeof threadPageSchema>;

export const threadDetailSchema = threadSummarySchema.extend({
  body: z.string(),
  /** The sanitised rendering of `body`. */
  bodyHtml: z.string(),
  research: researchSchema.nullable(),
  acceptedPostId: z.uuid().nullable(),
  editedAt: z.string().nullable(),
  /** Slow mode on this thread (seconds between one person's posts); 0: off. The community's own applies too. */
  slowModeSeconds: z.number().int().nonnegative(),
  /** Whether the viewer bookmarked the thread itself; false for visitors. */
  bookmarked: z.boolean(),
  viewer: z.object({ canReply: z.boolean(), canEdit: z.boolean(), canModerate: z.boolean(), canAcceptAnswer: z.boolean() }),
});
export type ThreadDetail = z.infer<typeof threadDetailSchema>;

/** POST /api/posts/:id/hide and other moderator actions: an optional reason (shown to the author). */
export const moderationReasonSchema = z.object({ reason: z.string().trim().max(1000, { message: 'must be at most 1000 characters long' }).optional() });
export type ModerationReason = z.infer<typeof moderationReasonSchema>;

/** POST /api/threads/:id/move. */
export const moveThreadSchema = z.object({
  community: z.string().trim().min(1, { message: 'must be the slug of a community' }).max(60),
  reason: z.string().trim().max(1000, { message: 'must be at most 1000 characters long' }).optional(),
});
export type MoveThreadRequest = z.infer<typeof moveThreadSchema>;

/** Slow mode on a thread or community: seconds between one person's posts; 0 turns it off. */
export const slowModeSchema = z.object({
  seconds: z.number({ message: 'must be a whole number of seconds' }).int({ message: 'must be a whole number of seconds' }).min(0, { message: 'must be 0 (off) or more' }).max(86_400, { message: 'must be at most 86400 (a day)' }),
});
export type SlowModeRequest = z.infer<typeof slowModeSchema>;
