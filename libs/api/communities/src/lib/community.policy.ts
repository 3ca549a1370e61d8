import { type Viewer, isGlobalModerator } from '@sce/api-core';
import type { CommunityVisibility } from '@sce/shared-contracts';

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
