import { AccessTokenEntity } from './access-token.entity';
import { ExternalIdentityEntity } from './oidc/external-identity.entity';
import { OrganisationEntity } from './organisation.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { UserTokenEntity } from './user-token.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [OrganisationEntity, UserEntity, SessionEntity, RefreshTokenEntity, UserTokenEntity, AccessTokenEntity, ExternalIdentityEntity];
