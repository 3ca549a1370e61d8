import { Global, Module } from '@nestjs/common';
import { Authenticator } from '@sce/api-core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessTokenService } from './access-token.service';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { AccountService } from './account.service';
import { OidcClient } from './oidc/oidc-client';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { OrganisationRepository } from './organisation.repository';
import { AdminOrganisationsController, OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { PersonalAccessTokensService } from './personal-access-tokens.service';
import { ProfileService } from './profile.service';
import { UsersController } from './users.controller';
import { UserTokenRepository } from './user-token.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { identityEntities } from './identity.entities';
import { SessionAuthenticator } from './session.authenticator';
import { SessionRepository } from './session.repository';
import { UserRepository } from './user.repository';

/** Global because core's AuthGuard needs the Authenticator it provides. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(identityEntities)],
  controllers: [AuthController, OidcController, OrganisationsController, AdminOrganisationsController, UsersController, AdminUsersController],
  providers: [OidcClient, OidcService, PersonalAccessTokensService, AuthService, AdminUsersService, AccountService, OrganisationsService, ProfileService, OrganisationRepository, UserTokenRepository, AccessTokenService, SessionRepository, UserRepository, { provide: Authenticator, useClass: SessionAuthenticator }],
  exports: [Authenticator, AccessTokenService, AdminUsersService],
})
export class IdentityModule {}
