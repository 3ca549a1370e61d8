import { z } from 'zod';
import { pageSchema } from '../common/page';

export const communityVisibilities = ['public', 'members', 'private'] as const;
export const communityVisibilitySchema = z.enum(communityVisibilities);
export type CommunityVisibility = z.infer<typeof communityVisibilitySchema>;

export const joinPolicies = ['open', 'request', 'invite'] as const;
export const joinPolicySchema = z.enum(joinPolicies);
export type JoinPolicy = z.infer<typeof joinPolicySchema>;

export const membershipRoles = ['member', 'moderator'] as const;
export const membershipRoleSchema = z.enum(membershipRoles);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

export const membershipStates = ['active', 'requested', 'invited', 'banned'] as const;
export const membershipStateSchema = z.enum(membershipStates);
export type MembershipState = z.infer<typeof membershipStateSchema>;

export const viewerMembershipSchema = z.object({ role: membershipRoleSchema, state: membershipStateSchema });
export type ViewerMembership = z.infer<typeof viewerMembershipSchema>;

/** A community as shown in lists (GET /api/communities). */
export const communitySummarySchema = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  visibility: communityVisibilitySchema,
  joinPolicy: joinPolicySchema,
  memberCount: z.number().int().nonnegative(),
  threadCount: z.number().int().nonnegative(),
  /** ISO 8601 instant of the latest thread or reply, null when there is none. */
  lastActivityAt: z.string().nullable(),
  /** The viewer's membership; null for visitors and non-members. */
  membership: viewerMembershipSchema.nullable(),
});
export type CommunitySummary = z.infer<typeof communitySummarySchema>;

export const communityPageSchema = pageSchema(communitySummarySchema);
export type CommunityPage = z.infer<typeof communityPageSchema>;
