import { CommunityEntity } from './community.entity';
import { MembershipEntity } from './membership.entity';

export const communitiesEntities = [CommunityEntity, MembershipEntity];
