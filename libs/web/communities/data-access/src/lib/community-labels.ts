import type {
  CommunityVisibility,
  JoinPolicy,
  MembershipRole,
  ViewerMembership,
} from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

export const visibilityKeys: Readonly<
  Record<CommunityVisibility, TranslationKey>
> = {
  public: 'community.visibility.public',
  members: 'community.visibility.members',
  private: 'community.visibility.private',
};

export const visibilityHintKeys: Readonly<
  Record<CommunityVisibility, TranslationKey>
> = {
  public: 'communities.visibility.publicHint',
  members: 'communities.visibility.membersHint',
  private: 'communities.visibility.privateHint',
};

export const joinPolicyKeys: Readonly<Record<JoinPolicy, TranslationKey>> = {
  open: 'communities.joinPolicy.open',
  request: 'communities.joinPolicy.request',
  invite: 'communities.joinPolicy.invite',
};

export const joinPolicyHintKeys: Readonly<Record<JoinPolicy, TranslationKey>> =
  {
    open: 'communities.joinPolicy.openHint',
    request: 'communities.joinPolicy.requestHint',
    invite: 'communities.joinPolicy.inviteHint',
  };

export const memberRoleKeys: Readonly<Record<MembershipRole, TranslationKey>> =
  {
    member: 'communities.role.member',
    moderator: 'communities.role.moderator',
  };

/** What the viewer's membership is called ("You are a member"), or null when there is none to show. */
export function membershipKey(
  membership: ViewerMembership | null,
): TranslationKey | null {
  switch (membership?.state) {
    case 'active':
      return membership.role === 'moderator'
        ? 'communities.membership.moderator'
        : 'communities.membership.member';
    case 'requested':
      return 'communities.membership.requested';
    case 'invited':
      return 'communities.membership.invited';
    case 'banned':
      return 'communities.membership.banned';
    case undefined:
      return null;
  }
}
