import { OrganisationEntity } from './organisation.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [OrganisationEntity, UserEntity];
