import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, ForbiddenError, RequirePermission, SignedIn, type Viewer, isGlobalModerator, parse, uuidParam } from '@sce/api-core';
import { AdminUsersService } from '@sce/api-identity';
import { PostsService } from '@sce/api-threads';
import {
  type AdminUser,
  type AuditPage,
  type AuditQuery,
  type CreateFlagRequest,
  type FlagPage,
  type FlagQuery,
  type FlagView,
  type ModerationReason,
  type ModeratorQuery,
  type ModeratorRef,
  type PageQuery,
  type Post as PostView,
  type QueuePage,
  Permission,
  type SuspendUserRequest,
  type UpdateFlagRequest,
  type WarnUserRequest,
  type Warning,
  auditQuerySchema,
  createFlagSchema,
  flagQuerySchema,
  moderationReasonSchema,
  moderatorQuerySchema,
  pageQuerySchema,
  suspendUserSchema,
  updateFlagSchema,
  warnUserSchema,
} from '@sce/shared-contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly admin: AdminUsersService,
    private readonly posts: PostsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post('flags')
  @RequirePermission(Permission.Flag)
  @ApiOperation({ summary: 'Flag a thread, post, event, document or person you can see (one open flag per person per target); its moderators hear at once.' })
  flag(@CurrentViewer() viewer: Viewer, @Body(parse(createFlagSchema)) body: CreateFlagRequest): Promise<FlagView> {
    return this.moderation.flag(viewer, body);
  }

  @Get('moderation/flags')
  @SignedIn()
  @ApiOperation({ summary: 'The flag queue (community moderators: their communities; global moderators: everything), newest first, by state.' })
  async flags(@CurrentViewer() viewer: Viewer, @Query(parse(flagQuerySchema)) query: FlagQuery): Promise<FlagPage> {
    await this.requireModerator(viewer);
    return this.moderation.flags(viewer, query);
  }

  @Get('moderation/moderators')
  @SignedIn()
  @ApiOperation({ summary: 'Who may be assigned the flags of a community (its moderators, then global moderators and admins); for that community’s moderators.' })
  moderators(@CurrentViewer() viewer: Viewer, @Query(parse(moderatorQuerySchema)) query: ModeratorQuery): Promise<ModeratorRef[]> {
    return this.moderation.assignableModerators(viewer, query.community);
  }

  @Patch('moderation/flags/:id')
  @SignedIn()
  @ApiOperation({ summary: 'Work a flag: state (open, actioned, dismissed), assignee, internal note (its community’s moderators).' })
  async updateFlag(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(updateFlagSchema)) body: UpdateFlagRequest): Promise<FlagView> {
    await this.requireModerator(viewer);
    return this.moderation.updateFlag(viewer, id, body);
  }

  @Get('moderation/queue')
  @SignedIn()
  @ApiOperation({ summary: 'New members’ posts waiting for approval in the communities the caller moderates, oldest first.' })
  async queue(@CurrentViewer() viewer: Viewer, @Query(parse(pageQuerySchema)) query: PageQuery): Promise<QueuePage> {
    await this.requireModerator(viewer);
    return this.moderation.queue(viewer, query);
  }

  @Post('moderation/queue/:postId/approve')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a waiting post: it is shown, counted and announced (the community’s moderators); the author is told.' })
  approve(@CurrentViewer() viewer: Viewer, @Param('postId', uuidParam) postId: string): Promise<PostView> {
    return this.posts.approve(viewer, postId);
  }

  @Post('moderation/queue/:postId/reject')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a waiting post with a reason the author sees (the community’s moderators).' })
  reject(@CurrentViewer() viewer: Viewer, @Param('postId', uuidParam) postId: string, @Body(parse(moderationReasonSchema)) body: ModerationReason): Promise<PostView> {
    return this.posts.reject(viewer, postId, body.reason ?? null);
  }

  @Post('users/:id/warn')
  @SignedIn()
  @ApiOperation({ summary: 'Warn someone: a private message they must acknowledge (moderators of a community they belong to, global moderators).' })
  warn(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(warnUserSchema)) body: WarnUserRequest): Promise<Warning> {
    return this.moderation.warn(viewer, id, body.message);
  }

  @Get('users/me/warnings')
  @SignedIn()
  @ApiOperation({ summary: 'Your warnings, unacknowledged first.' })
  warnings(@CurrentViewer() viewer: Viewer): Promise<Warning[]> {
    return this.moderation.warnings(viewer.id);
  }

  @Post('users/me/warnings/:id/acknowledge')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge a warning.' })
  acknowledge(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<Warning> {
    return this.moderation.acknowledge(viewer, id);
  }

  @Post('users/:id/suspend')
  @RequirePermission(Permission.SuspendUser)
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend someone with a reason and an optional end (global moderators and admins); their sessions and sockets end at once.' })
  suspend(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(suspendUserSchema)) body: SuspendUserRequest): Promise<AdminUser> {
    return this.admin.suspend(viewer, id, body);
  }

  @Get('moderation/audit')
  @RequirePermission(Permission.SuspendUser)
  @ApiOperation({ summary: 'The append-only audit trail of moderator and admin actions, newest first, filterable (global moderators and admins).' })
  audit(@Query(parse(auditQuerySchema)) query: AuditQuery): Promise<AuditPage> {
    return this.admin.auditLog(query);
  }

  /** Global moderators, or moderators of at least one community. */
  private async requireModerator(viewer: Viewer): Promise<void> {
    if (isGlobalModerator(viewer)) return;
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'moderator' AND state = 'active' LIMIT 1`, [viewer.id]);
    if (rows.length === 0) throw new ForbiddenError('Only moderators work the flag queue.');
  }
}
