import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, CurrentViewer, Public, RateLimited, RequirePermission, SignedIn, type Viewer, isHttps, parse, uuidParam } from '@sce/api-core';
import {
  type PeopleQuery,
  type Person,
  peopleQuerySchema,
  personSchema,
  type Accepted,
  type AccessToken,
  type CreateAccessTokenRequest,
  type CreatedAccessToken,
  Permission,
  accessTokenSchema,
  createAccessTokenSchema,
  createdAccessTokenSchema,
  type ChangeEmailRequest,
  type ChangePasswordRequest,
  type OwnProfile,
  type ProfilePatch,
  type SessionUser,
  type VerifyEmailRequest,
  acceptedSchema,
  changeEmailSchema,
  changePasswordSchema,
  ownProfileSchema,
  profilePatchSchema,
  sessionUserSchema,
  verifyEmailSchema,
} from '@sce/shared-contracts';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { setSessionCookies } from './auth-cookies';
import { PersonalAccessTokensService } from './personal-access-tokens.service';
import { ProfileService } from './profile.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly personalTokens: PersonalAccessTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Find active people by part of their name (for mentions and invitations); at most 20.' })
  @ApiOkResponse({ schema: z.toJSONSchema(z.array(personSchema)) as object })
  search(@Query(parse(peopleQuerySchema)) query: PeopleQuery): Promise<Person[]> {
    return this.profiles.search(query);
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'Your own account and profile.' })
  @ApiOkResponse({ schema: z.toJSONSchema(ownProfileSchema) as object })
  me(@CurrentViewer() viewer: Viewer): Promise<OwnProfile> {
    return this.profiles.get(viewer);
  }

  @Patch('me')
  @SignedIn()
  @ApiOperation({ summary: 'Change your display name, bio, expertise, language or time zone.' })
  @ApiOkResponse({ schema: z.toJSONSchema(ownProfileSchema) as object })
  update(@CurrentViewer() viewer: Viewer, @Body(parse(profilePatchSchema)) body: ProfilePatch): Promise<OwnProfile> {
    return this.profiles.update(viewer, body);
  }

  @Post('me/password')
  @SignedIn()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Change your password (asks for the current one). Ends every session and starts a new one here.' })
  @ApiOkResponse({ schema: z.toJSONSchema(sessionUserSchema) as object })
  async changePassword(@CurrentViewer() viewer: Viewer, @Body(parse(changePasswordSchema)) body: ChangePasswordRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionUser> {
    const issued = await this.profiles.changePassword(viewer, body, req.get('user-agent') ?? '');
    setSessionCookies(res, issued, isHttps(this.config));
    return issued.user;
  }

  @Post('me/email')
  @SignedIn()
  @RateLimited()
  @HttpCode(202)
  @ApiOperation({ summary: 'Change your email address (asks for the current password); the new address must confirm it.' })
  @ApiAcceptedResponse({ schema: z.toJSONSchema(acceptedSchema) as object })
  changeEmail(@CurrentViewer() viewer: Viewer, @Body(parse(changeEmailSchema)) body: ChangeEmailRequest): Promise<Accepted> {
    return this.profiles.requestEmailChange(viewer, body);
  }

  @Post('email/confirm')
  @Public()
  @RateLimited()
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm a new email address with the mailed token.' })
  @ApiNoContentResponse()
  confirmEmail(@Body(parse(verifyEmailSchema)) body: VerifyEmailRequest): Promise<void> {
    return this.profiles.confirmEmailChange(body.token);
  }

  @Get('me/tokens')
  @RequirePermission(Permission.ManageOwnAccessTokens)
  @ApiOperation({ summary: 'Your personal access tokens for integrations (without their secrets).' })
  @ApiOkResponse({ schema: z.toJSONSchema(z.array(accessTokenSchema)) as object })
  tokens(@CurrentViewer() viewer: Viewer): Promise<AccessToken[]> {
    return this.personalTokens.list(viewer);
  }

  @Post('me/tokens')
  @RequirePermission(Permission.ManageOwnAccessTokens)
  @ApiOperation({ summary: 'Create a personal access token: use it as `Authorization: Bearer <token>`. The secret is shown only in this answer. Needs a signed-in session: an access token cannot create another.' })
  @ApiCreatedResponse({ schema: z.toJSONSchema(createdAccessTokenSchema) as object })
  createToken(@CurrentViewer() viewer: Viewer, @Body(parse(createAccessTokenSchema)) body: CreateAccessTokenRequest): Promise<CreatedAccessToken> {
    return this.personalTokens.create(viewer, body);
  }

  @Delete('me/tokens/:id')
  @RequirePermission(Permission.ManageOwnAccessTokens)
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke one of your personal access tokens.' })
  @ApiNoContentResponse()
  revokeToken(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.personalTokens.revoke(viewer, id);
  }
}
