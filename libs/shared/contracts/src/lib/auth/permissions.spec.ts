import { Permission, ROLE_PERMISSIONS, roleHasPermission } from './permissions';

describe('role → permission map', () => {
  it('gives admins everything', () => {
    expect([...ROLE_PERMISSIONS.admin].sort()).toEqual(Object.values(Permission).sort());
  });

  it('follows the permission table', () => {
    expect(roleHasPermission('member', Permission.CreateContent)).toBe(true);
    expect(roleHasPermission('member', Permission.PostResearch)).toBe(false);
    expect(roleHasPermission('researcher', Permission.PostResearch)).toBe(true);
    expect(roleHasPermission('researcher', Permission.ModerateAnywhere)).toBe(false);
    expect(roleHasPermission('moderator', Permission.ModerateAnywhere)).toBe(true);
    expect(roleHasPermission('moderator', Permission.SuspendUser)).toBe(true);
    expect(roleHasPermission('moderator', Permission.ManageOrganisations)).toBe(false);
  });

  it('only grows with the role', () => {
    const order = ['member', 'researcher', 'moderator', 'admin'] as const;
    for (let i = 1; i < order.length; i++) {
      expect(ROLE_PERMISSIONS[order[i]]).toEqual(expect.arrayContaining([...ROLE_PERMISSIONS[order[i - 1]]]));
    }
  });
});
