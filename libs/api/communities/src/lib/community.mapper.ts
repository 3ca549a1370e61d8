import type { CommunityDetail, CommunitySummary, Member, PersonRef, ViewerMembership } from '@sce/shared-contracts';
import type { CommunityEntity } from './community.entity';
import type { MemberRow } from './community.repository';
import type { MembershipEntity } from './membership.entity';

export function toViewerMembership(m: MembershipEntity | null | undefined): ViewerMembership | null {
  return m ? { role: m.role, state: m.state } : null;
}

export function toCommunitySummary(c: CommunityEntity, membership: MembershipEntity | null = null): CommunitySummary {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    description: c.description,
    visibility: c.visibility,
    joinPolicy: c.joinPolicy,
    memberCount: c.memberCount,
    threadCount: c.threadCount,
    lastActivityAt: c.lastActivityAt ? c.lastActivityAt.toISOString() : null,
    membership: toViewerMembership(membership),
  };
}

export function toCommunityDetail(c: CommunityEntity, membership: MembershipEntity | null, moderators: PersonRef[], viewer: CommunityDetail['viewer']): CommunityDetail {
  return { ...toCommunitySummary(c, membership), createdAt: c.createdAt.toISOString(), moderators, slowModeSeconds: c.slowModeSeconds, viewer };
}

export function toMember(row: MemberRow): Member {
  return {
    user: { id: row.userId, displayName: row.displayName, organisationId: row.organisationId, organisationName: row.organisationName },
    role: row.role,
    state: row.state,
    since: row.since.toISOString(),
  };
}
