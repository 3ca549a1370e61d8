import { z } from 'zod';
import { pageSchema } from '../common/page';

export const communityVisibilities = ['public', 'members', 'private'] as const;
export const communityVisibilitySchema = z.enum(communityVisibilities);
export type CommunityVisibility = z.infer<typeof communityVisibilitySchema>;

export const joinPolicies = ['open', 'request', 'invite'] as const;
export const joinPolicySchema = z.enum(joinPolicies);
export type JoinPolicy = z.infer<typeof joinPolicySchema>;

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
});
export type CommunitySummary = z.infer<typeof communitySummarySchema>;

export const communityPageSchema = pageSchema(communitySummarySchema);
export type CommunityPage = z.infer<typeof communityPageSchema>;
