import { membershipKey } from './community-labels';

describe('membershipKey', () => {
  it('names the viewer’s membership', () => {
    expect(membershipKey(null)).toBeNull();
    expect(membershipKey({ role: 'member', state: 'active' })).toBe(
      'communities.membership.member',
    );
    expect(membershipKey({ role: 'moderator', state: 'active' })).toBe(
      'communities.membership.moderator',
    );
    expect(membershipKey({ role: 'member', state: 'requested' })).toBe(
      'communities.membership.requested',
    );
    expect(membershipKey({ role: 'member', state: 'invited' })).toBe(
      'communities.membership.invited',
    );
    expect(membershipKey({ role: 'member', state: 'banned' })).toBe(
      'communities.membership.banned',
    );
  });
});
