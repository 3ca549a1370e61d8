import type { GlobalRole } from '../identity/identity.enums';

/**
 * What a global role may do anywhere (PRODUCT.md's permission table). Object rules — owner,
 * community membership and role, visibility — are checked on top by each domain's policy.
 * Shared with the web app so it hides what the API would refuse.
 */
export enum Permission {
  ReadMembersOnly = 'content.read-members-only',
  CreateContent = 'content.create',
  PostResearch = 'thread.post-research',
  EditOwnContent = 'content.edit-own',
  Flag = 'content.flag',
  ModerateAnywhere = 'moderation.anywhere',
  SuspendUser = 'user.suspend',
  ManageOrganisations = 'admin.organisations',
  ManageUsers = 'admin.users',
  ManageCommunities = 'admin.communities',
  ManageOwnAccessTokens = 'account.access-tokens',
}

const member: Permission[] = [
  Permission.ReadMembersOnly,
  Permission.CreateContent,
  Permission.EditOwnContent,
  Permission.Flag,
  Permission.ManageOwnAccessTokens,
];
const researcher: Permission[] = [...member, Permission.PostResearch];
const moderator: Permission[] = [...researcher, Permission.ModerateAnywhere, Permission.SuspendUser];

export const ROLE_PERMISSIONS: Readonly<Record<GlobalRole, readonly Permission[]>> = {
  member,
  researcher,
  moderator,
  admin: Object.values(Permission),
};

export function roleHasPermission(role: GlobalRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
