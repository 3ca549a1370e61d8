import type { Viewer } from '@sce/api-core';
import { Permission, type ViewerMembership, roleHasPermission } from '@sce/shared-contracts';
import { canModerateCommunity, canPostInCommunity } from '@sce/api-communities';

interface ThreadState {
  authorId: string;
  kind: string;
  locked: boolean;
  hidden: boolean;
}

/** Hidden threads are seen by their author and the community's moderators only. */
export function canSeeThread(viewer: Viewer | null, membership: ViewerMembership | null, thread: ThreadState): boolean {
  return !thread.hidden || viewer?.id === thread.authorId || canModerateCommunity(viewer, membership);
}

/** Research threads: researchers, moderators and admins, and the community's moderators. */
export function canStartThread(viewer: Viewer | null, membership: ViewerMembership | null, kind: string): boolean {
  if (!canPostInCommunity(viewer, membership)) return false;
  return kind !== 'research' || (viewer !== null && roleHasPermission(viewer.role, Permission.PostResearch)) || canModerateCommunity(viewer, membership);
}

/** Locked threads take replies from moderators only. */
export function canReplyToThread(viewer: Viewer | null, membership: ViewerMembership | null, thread: ThreadState): boolean {
  return canPostInCommunity(viewer, membership) && (!thread.locked || canModerateCommunity(viewer, membership));
}

/** The author edits their own thread until it is locked; moderators always. */
export function canEditThread(viewer: Viewer | null, membership: ViewerMembership | null, thread: ThreadState): boolean {
  if (canModerateCommunity(viewer, membership)) return true;
  return viewer !== null && viewer.id === thread.authorId && !thread.locked && roleHasPermission(viewer.role, Permission.EditOwnContent);
}

/** The question's author or a moderator marks the accepted answer. */
export function canAcceptAnswer(viewer: Viewer | null, membership: ViewerMembership | null, thread: ThreadState): boolean {
  return thread.kind === 'question' && viewer !== null && (viewer.id === thread.authorId || canModerateCommunity(viewer, membership));
}
