import { z } from 'zod';
import { type Page, pageQuerySchema } from '../common/page';
import type { PersonRef } from '../communities/community.schemas';

export const flagTargetTypes = ['thread', 'post', 'event', 'document', 'user'] as const;
export type FlagTargetType = (typeof flagTargetTypes)[number];
export const flagReasons = ['spam', 'abuse', 'off_topic', 'privacy', 'other'] as const;
export type FlagReason = (typeof flagReasons)[number];
export const flagStates = ['open', 'actioned', 'dismissed'] as const;
export type FlagState = (typeof flagStates)[number];

/** POST /api/flags. */
export const createFlagSchema = z.object({
  targetType: z.enum(flagTargetTypes, { message: `must be one of ${flagTargetTypes.join(', ')}` }),
  targetId: z.uuid({ message: 'must be an id' }),
  reason: z.enum(flagReasons, { message: `must be one of ${flagReasons.join(', ')}` }),
  note: z.string().trim().max(1000, { message: 'must be at most 1000 characters long' }).default(''),
});
export type CreateFlagRequest = z.infer<typeof createFlagSchema>;

/** PATCH /api/moderation/flags/:id. */
export const updateFlagSchema = z
  .object({
    state: z.enum(flagStates, { message: `must be one of ${flagStates.join(', ')}` }),
    assigneeId: z.uuid({ message: 'must be a person id' }).nullable(),
    internalNote: z.string().trim().max(5000, { message: 'must be at most 5000 characters long' }),
  })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'must change at least one field' });
export type UpdateFlagRequest = z.infer<typeof updateFlagSchema>;

/** GET /api/moderation/flags. */
export const flagQuerySchema = pageQuerySchema.extend({
  state: z.enum(flagStates, { message: `must be one of ${flagStates.join(', ')}` }).default('open'),
  community: z.string().max(60).optional(),
  reason: z.enum(flagReasons, { message: `must be one of ${flagReasons.join(', ')}` }).optional(),
  /** A moderator's id, or `none` for flags nobody has taken. */
  assignee: z.union([z.literal('none'), z.uuid({ message: 'must be a person id or none' })]).optional(),
});
export type FlagQuery = z.infer<typeof flagQuerySchema>;

export interface FlagView {
  id: string;
  target: { type: FlagTargetType; id: string; title: string; excerpt: string | null; threadId: string | null; communitySlug: string | null };
  reason: FlagReason;
  note: string;
  state: FlagState;
  reporter: PersonRef;
  assignee: PersonRef | null;
  internalNote: string;
  /** Open flags on the same target. */
  openFlagsOnTarget: number;
  createdAt: string;
  updatedAt: string;
}
export type FlagPage = Page<FlagView>;

/** GET /api/moderation/moderators: who may be assigned a flag of that community. */
export const moderatorQuerySchema = z.object({
  community: z.string({ message: 'must name the community (its slug)' }).min(1, { message: 'must name the community (its slug)' }).max(60),
});
export type ModeratorQuery = z.infer<typeof moderatorQuerySchema>;

export interface ModeratorRef extends PersonRef {
  /** `community`: a moderator of that community; `global`: a global moderator or administrator. */
  scope: 'community' | 'global';
}

/** POST /api/users/:id/warn. */
export const warnUserSchema = z.object({ message: z.string().trim().min(10, { message: 'must be at least 10 characters long' }).max(2000, { message: 'must be at most 2000 characters long' }) });
export type WarnUserRequest = z.infer<typeof warnUserSchema>;

export interface Warning {
  id: string;
  message: string;
  from: PersonRef;
  createdAt: string;
  acknowledgedAt: string | null;
}

/** GET /api/moderation/queue: a new member's post waiting for approval. */
export interface QueuedPost {
  postId: string;
  thread: { id: string; title: string; communitySlug: string };
  author: PersonRef;
  body: string;
  createdAt: string;
}
export type QueuePage = Page<QueuedPost>;
