import { z } from 'zod';
import { pageSchema } from '../common/page';
import { communitySummarySchema, communityVisibilitySchema, joinPolicySchema, membershipRoleSchema, membershipStateSchema, viewerMembershipSchema } from './community.view';

/** Paths under /communities/ that a slug must not shadow in the web app. */
const RESERVED_SLUGS = ['new', 'edit', 'admin', 'settings', 'latest', 'mine'];

export const communitySlugSchema = z
  .string()
  .trim()
  .min(3, { message: 'must be at least 3 characters long' })
  .max(60, { message: 'must be at most 60 characters long' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and single hyphens, such as open-data' })
  .refine((v) => !RESERVED_SLUGS.includes(v), { message: 'is reserved' });

const communityNameSchema = z
  .string()
  .trim()
  .min(3, { message: 'must be at least 3 characters long' })
  .max(80, { message: 'must be at most 80 characters long' });
const communityDescriptionSchema = z.string().trim().max(2000, { message: 'must be at most 2000 characters long' });

/** POST /api/communities (administrators). Without a slug, one is made from the name. */
export const createCommunitySchema = z.object({
  slug: communitySlugSchema.optional(),
  name: communityNameSchema,
  description: communityDescriptionSchema.default(''),
  visibility: communityVisibilitySchema,
  joinPolicy: joinPolicySchema,
});
export type CreateCommunityRequest = z.infer<typeof createCommunitySchema>;

/** PATCH /api/communities/:slug (administrators): the fields to change. */
export const updateCommunitySchema = z
  .object({
    slug: communitySlugSchema,
    name: communityNameSchema,
    description: communityDescriptionSchema,
    visibility: communityVisibilitySchema,
    joinPolicy: joinPolicySchema,
    /** How many of a new member's first posts wait for a moderator (0: none). */
    newMemberApprovals: z.number({ message: 'must be a whole number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must be 0 or more' }).max(20, { message: 'must be at most 20' }),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'must change at least one field' });
export type UpdateCommunityRequest = z.infer<typeof updateCommunitySchema>;

export const personRefSchema = z.object({ id: z.string().uuid(), displayName: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** GET /api/communities/:slug: the community and what the viewer may do in it. */
export const communityDetailSchema = communitySummarySchema.extend({
  createdAt: z.string(),
  moderators: z.array(personRefSchema),
  /** Minimum seconds between one person's posts in any of its threads (slow mode); 0: off. */
  slowModeSeconds: z.number().int().nonnegative(),
  viewer: z.object({
    membership: viewerMembershipSchema.nullable(),
    /** Reads its threads and members (false for someone invited to a private community, until they accept). */
    canRead: z.boolean(),
    /** Join now (open), ask (request) or accept an invitation. */
    canJoin: z.boolean(),
    canPost: z.boolean(),
    canModerate: z.boolean(),
    canEdit: z.boolean(),
  }),
});
export type CommunityDetail = z.infer<typeof communityDetailSchema>;

/** A row of GET /api/communities/:slug/members. */
export const memberSchema = z.object({
  user: personRefSchema.extend({ organisationId: z.string().uuid(), organisationName: z.string() }),
  role: membershipRoleSchema,
  state: membershipStateSchema,
  since: z.string(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberPageSchema = pageSchema(memberSchema);
export type MemberPage = z.infer<typeof memberPageSchema>;

export const memberListQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** Requests and invitations are listed for the community's moderators only. */
  state: z.enum(['active', 'requested', 'invited']).default('active'),
});
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;

/** POST /api/communities/:slug/invitations (community moderators). */
export const inviteMemberSchema = z.object({ userId: z.string().uuid({ message: 'must be a user id' }) });
export type InviteMemberRequest = z.infer<typeof inviteMemberSchema>;

/** PUT /api/communities/:slug/members/:userId/role (administrators appoint community moderators). */
export const setMemberRoleSchema = z.object({ role: membershipRoleSchema });
export type SetMemberRoleRequest = z.infer<typeof setMemberRoleSchema>;
