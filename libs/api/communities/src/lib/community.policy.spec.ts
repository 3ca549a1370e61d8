import { canModerateCommunity, canPostInCommunity, canReadCommunity, canSeeCommunity, communityReadScope, joinOutcome } from './community.policy';

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

describe('community rules', () => {
  const member = { id: 'u1', role: 'member' as const };
  const moderator = { id: 'u2', role: 'moderator' as const };
  const active = { role: 'member' as const, state: 'active' as const };
  const invited = { role: 'member' as const, state: 'invited' as const };
  const communityModerator = { role: 'moderator' as const, state: 'active' as const };
  const community = (visibility: 'public' | 'members' | 'private', joinPolicy: 'open' | 'request' | 'invite' = 'open') => ({ visibility, joinPolicy });

  it('reads by visibility, membership and global role', () => {
    expect(canReadCommunity(null, community('public'), null)).toBe(true);
    expect(canReadCommunity(null, community('members'), null)).toBe(false);
    expect(canReadCommunity(member, community('members'), null)).toBe(true);
    expect(canReadCommunity(member, community('private'), null)).toBe(false);
    expect(canReadCommunity(member, community('private'), invited)).toBe(false);
    expect(canSeeCommunity(member, community('private'), invited)).toBe(true);
    expect(canReadCommunity(member, community('private'), active)).toBe(true);
    expect(canReadCommunity(moderator, community('private'), null)).toBe(true);
  });

  it('lets active members and global moderators post, and moderators moderate', () => {
    expect(canPostInCommunity(null, null)).toBe(false);
    expect(canPostInCommunity(member, null)).toBe(false);
    expect(canPostInCommunity(member, invited)).toBe(false);
    expect(canPostInCommunity(member, active)).toBe(true);
    expect(canPostInCommunity(moderator, null)).toBe(true);
    expect(canModerateCommunity(member, active)).toBe(false);
    expect(canModerateCommunity(member, communityModerator)).toBe(true);
    expect(canModerateCommunity(moderator, null)).toBe(true);
  });

  it('joins by the join policy; an invitation is accepted by joining', () => {
    expect(joinOutcome(community('public', 'open'), null)).toEqual({ state: 'active' });
    expect(joinOutcome(community('public', 'request'), null)).toEqual({ state: 'requested' });
    expect(joinOutcome(community('public', 'invite'), null)).toEqual({ refused: 'invite-only' });
    expect(joinOutcome(community('private', 'invite'), invited)).toEqual({ state: 'active' });
    expect(joinOutcome(community('public', 'open'), active)).toEqual({ refused: 'already' });
    expect(joinOutcome(community('public', 'open'), { role: 'member', state: 'banned' })).toEqual({ refused: 'banned' });
  });
});
