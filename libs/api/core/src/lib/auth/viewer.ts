import type { GlobalRole } from '@sce/shared-contracts';

/** Who is asking: null for a visitor who has not signed in. */
export interface Viewer {
  id: string;
  role: GlobalRole;
}

/** Global moderators and admins read and moderate every community. */
export function isGlobalModerator(viewer: Viewer | null): boolean {
  return viewer?.role === 'moderator' || viewer?.role === 'admin';
}
