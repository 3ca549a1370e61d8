import type { CommunitySummary } from '@sce/shared-contracts';
import type { CommunityEntity } from './community.entity';

export function toCommunitySummary(c: CommunityEntity): CommunitySummary {
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
  };
}
