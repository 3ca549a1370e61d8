import { type Viewer, isGlobalModerator } from '@sce/api-core';
import { type CommunityVisibility, type JoinPolicy, type MembershipState, type ViewerMembership, Permission, roleHasPermission } from '@sce/shared-contracts';

/**
 * Which communities a viewer may read, as a filter for list queries: the visibilities readable by
 * everyone in the viewer's position, and whether private communities they belong to are added.
 */
export interface CommunityReadScope {
  visibilities: CommunityVisibility[];
  /** Set when private communities with an active membership of this user are readable too. */
  memberId: string | null;
}

export function communityReadScope(viewer: Viewer | null): CommunityReadScope {
  if (viewer === null) return { visibilities: ['public'], memberId: null };
  if (isGlobalModerator(viewer)) return { visibilities: ['public', 'members', 'private'], memberId: null };
  return { visibilities: ['public', 'members'], memberId: viewer.id };
}

interface CommunityRules {
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
}

/** Reads the community's content (PRODUCT.md: public for all, members-only when signed in, private for members). */
export function canReadCommunity(viewer: Viewer | null, community: CommunityRules, membership: ViewerMembership | null): boolean {
  switch (community.visibility) {
    case 'public':
      return true;
    case 'members':
      return viewer !== null;
    case 'private':
      return isGlobalModerator(viewer) || membership?.state === 'active';
  }
}

/** Knows the community exists: readers, and people invited to a private one (so they can accept). */
export function canSeeCommunity(viewer: Viewer | null, community: CommunityRules, membership: ViewerMembership | null): boolean {
  return canReadCommunity(viewer, community, membership) || membership?.state === 'invited';
}

/** Community moderators in their community, global moderators and admins everywhere. */
export function canModerateCommunity(viewer: Viewer | null, membership: ViewerMembership | null): boolean {
  return isGlobalModerator(viewer) || (membership?.state === 'active' && membership.role === 'moderator');
}

/** Starts threads and replies: active members, and global moderators. */
export function canPostInCommunity(viewer: Viewer | null, membership: ViewerMembership | null): boolean {
  if (viewer === null || !roleHasPermission(viewer.role, Permission.CreateContent)) return false;
  return isGlobalModerator(viewer) || membership?.state === 'active';
}

export function canEditCommunity(viewer: Viewer | null): boolean {
  return viewer !== null && roleHasPermission(viewer.role, Permission.ManageCommunities);
}

/**
 * What joining does now: become a member, ask to, or nothing with the reason. An invitation is
 * accepted by joining.
 */
export function joinOutcome(community: CommunityRules, membership: ViewerMembership | null): { state: Extract<MembershipState, 'active' | 'requested'> } | { refused: 'already' | 'banned' | 'invite-only' } {
  switch (membership?.state) {
    case 'active':
    case 'requested':
      return { refused: 'already' };
    case 'banned':
      return { refused: 'banned' };
    case 'invited':
      return { state: 'active' };
    case undefined:
      break;
  }
  switch (community.joinPolicy) {
    case 'open':
      return { state: 'active' };
    case 'request':
      return { state: 'requested' };
    case 'invite':
      return { refused: 'invite-only' };
  }
}
