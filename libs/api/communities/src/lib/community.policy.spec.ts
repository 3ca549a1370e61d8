import { communityReadScope } from './community.policy';

describe('communityReadScope', () => {
  it('lets visitors read public communities only', () => {
    expect(communityReadScope(null)).toEqual({ visibilities: ['public'], memberId: null });
  });

  it.each(['member', 'researcher'] as const)('lets a signed-in %s read members-only ones and private ones they belong to', (role) => {
    expect(communityReadScope({ id: 'u1', role })).toEqual({ visibilities: ['public', 'members'], memberId: 'u1' });
  });

  it.each(['moderator', 'admin'] as const)('lets a global %s read everything', (role) => {
    expect(communityReadScope({ id: 'u2', role })).toEqual({ visibilities: ['public', 'members', 'private'], memberId: null });
  });
});
