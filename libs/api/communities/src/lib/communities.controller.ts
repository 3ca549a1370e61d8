import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AnonymousCache, CurrentViewer, Public, RequirePermission, SignedIn, type Viewer, parse, uuidParam } from '@sce/api-core';
import {
  type CommunityDetail,
  type CommunityPage,
  type CreateCommunityRequest,
  type InviteMemberRequest,
  type MemberListQuery,
  type MemberPage,
  type PageQuery,
  Permission,
  type SetMemberRoleRequest,
  type UpdateCommunityRequest,
  communityDetailSchema,
  communityPageSchema,
  createCommunitySchema,
  inviteMemberSchema,
  memberListQuerySchema,
  memberPageSchema,
  pageQuerySchema,
  setMemberRoleSchema,
  updateCommunitySchema,
  type SlowModeRequest,
  slowModeSchema,
} from '@sce/shared-contracts';
import { z } from 'zod';
import { communitySlugParam } from './community-slug.param';
import { CommunitiesService } from './communities.service';

const detailJsonSchema = z.toJSONSchema(communityDetailSchema) as object;
const removalSchema = z.object({ reason: z.string().trim().max(500).optional() });

@ApiTags('communities')
@Controller('communities')
export class CommunitiesController {
  constructor(private readonly communities: CommunitiesService) {}

  @Get()
  @Public()
  @AnonymousCache()
  @ApiOperation({ summary: 'Communities the caller may read, in name order (keyset pages), with the caller’s membership.' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 20' })
  @ApiOkResponse({ schema: z.toJSONSchema(communityPageSchema) as object })
  list(@CurrentViewer() viewer: Viewer | null, @Query(parse(pageQuerySchema)) page: PageQuery): Promise<CommunityPage> {
    return this.communities.list(viewer, page);
  }

  @Post()
  @RequirePermission(Permission.ManageCommunities)
  @ApiOperation({ summary: 'Create a community (administrators). Without a slug one is made from the name.' })
  @ApiCreatedResponse({ schema: detailJsonSchema })
  create(@CurrentViewer() admin: Viewer, @Body(parse(createCommunitySchema)) body: CreateCommunityRequest): Promise<CommunityDetail> {
    return this.communities.create(admin, body);
  }

  @Get(':slug')
  @Public()
  @AnonymousCache()
  @ApiOperation({ summary: 'A community, its moderators and what the caller may do in it. Private communities are 404 to non-members.' })
  @ApiOkResponse({ schema: detailJsonSchema })
  detail(@CurrentViewer() viewer: Viewer | null, @Param('slug', communitySlugParam) slug: string): Promise<CommunityDetail> {
    return this.communities.detail(viewer, slug);
  }

  @Patch(':slug')
  @RequirePermission(Permission.ManageCommunities)
  @ApiOperation({ summary: 'Change a community’s slug, name, description, visibility or join policy (administrators).' })
  @ApiOkResponse({ schema: detailJsonSchema })
  update(@CurrentViewer() admin: Viewer, @Param('slug', communitySlugParam) slug: string, @Body(parse(updateCommunitySchema)) body: UpdateCommunityRequest): Promise<CommunityDetail> {
    return this.communities.update(admin, slug, body);
  }

  @Post(':slug/join')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Join an open community, ask to join one that takes requests, or accept an invitation.' })
  @ApiOkResponse({ schema: detailJsonSchema })
  join(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string): Promise<CommunityDetail> {
    return this.communities.join(viewer, slug);
  }

  @Post(':slug/leave')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Leave, withdraw a request to join, or decline an invitation.' })
  @ApiNoContentResponse()
  leave(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string): Promise<void> {
    return this.communities.leave(viewer, slug);
  }

  @Get(':slug/members')
  @Public()
  @ApiOperation({ summary: 'Members, longest-standing first (keyset pages). state=requested or invited: the community’s moderators only.' })
  @ApiQuery({ name: 'state', required: false, enum: ['active', 'requested', 'invited'] })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 50' })
  @ApiOkResponse({ schema: z.toJSONSchema(memberPageSchema) as object })
  members(@CurrentViewer() viewer: Viewer | null, @Param('slug', communitySlugParam) slug: string, @Query(parse(memberListQuerySchema)) query: MemberListQuery): Promise<MemberPage> {
    return this.communities.members(viewer, slug, query);
  }

  @Post(':slug/members/:userId/approve')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Accept a request to join (the community’s moderators).' })
  @ApiNoContentResponse()
  approve(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string, @Param('userId', uuidParam) userId: string): Promise<void> {
    return this.communities.approve(viewer, slug, userId);
  }

  @Delete(':slug/members/:userId')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member, refuse a request or withdraw an invitation (the community’s moderators), with an optional reason.' })
  @ApiNoContentResponse()
  remove(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string, @Param('userId', uuidParam) userId: string, @Body(parse(removalSchema)) body: z.infer<typeof removalSchema>): Promise<void> {
    return this.communities.removeMember(viewer, slug, userId, body.reason);
  }

  @Post(':slug/slow-mode')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Slow mode for the community (its moderators): minimum seconds between one person’s posts in any of its threads; 0 turns it off.' })
  slowMode(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string, @Body(parse(slowModeSchema)) body: SlowModeRequest): Promise<CommunityDetail> {
    return this.communities.setSlowMode(viewer, slug, body.seconds);
  }

  @Post(':slug/invitations')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Invite someone (the community’s moderators); a pending request is accepted instead.' })
  @ApiNoContentResponse()
  invite(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string, @Body(parse(inviteMemberSchema)) body: InviteMemberRequest): Promise<void> {
    return this.communities.invite(viewer, slug, body.userId);
  }

  @Put(':slug/members/:userId/role')
  @RequirePermission(Permission.ManageCommunities)
  @HttpCode(204)
  @ApiOperation({ summary: 'Appoint an active member as community moderator, or back to member (administrators).' })
  @ApiNoContentResponse()
  setRole(@CurrentViewer() admin: Viewer, @Param('slug', communitySlugParam) slug: string, @Param('userId', uuidParam) userId: string, @Body(parse(setMemberRoleSchema)) body: SetMemberRoleRequest): Promise<void> {
    return this.communities.setRole(admin, slug, userId, body.role);
  }
}
