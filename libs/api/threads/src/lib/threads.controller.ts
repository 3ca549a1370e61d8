import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AnonymousCache, CurrentViewer, Public, RequirePermission, SignedIn, type Viewer, parse, uuidParam } from '@sce/api-core';
import {
  type CreateThreadRequest,
  type PageQuery,
  Permission,
  type ThreadDetail,
  type ThreadListQuery,
  type ThreadPage,
  type MoveThreadRequest,
  type SlowModeRequest,
  type UpdateThreadRequest,
  createThreadSchema,
  moveThreadSchema,
  slowModeSchema,
  pageQuerySchema,
  threadDetailSchema,
  threadKinds,
  threadListQuerySchema,
  threadPageSchema,
  updateThreadSchema,
} from '@sce/shared-contracts';
import { z } from 'zod';
import { communitySlugParam } from '@sce/api-communities';
import { ThreadsService } from './threads.service';

const detailJsonSchema = z.toJSONSchema(threadDetailSchema) as object;
const pageJsonSchema = z.toJSONSchema(threadPageSchema) as object;

@ApiTags('threads')
@Controller()
export class ThreadsController {
  constructor(private readonly threads: ThreadsService) {}

  @Get('communities/:slug/threads')
  @Public()
  @AnonymousCache()
  @ApiOperation({ summary: 'A community’s threads: pinned first, then by last activity (keyset pages), filtered by kind and tag.' })
  @ApiQuery({ name: 'kind', required: false, enum: threadKinds })
  @ApiQuery({ name: 'tag', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 20' })
  @ApiOkResponse({ schema: pageJsonSchema })
  list(@CurrentViewer() viewer: Viewer | null, @Param('slug', communitySlugParam) slug: string, @Query(parse(threadListQuerySchema)) query: ThreadListQuery): Promise<ThreadPage> {
    return this.threads.listInCommunity(viewer, slug, query);
  }

  @Post('communities/:slug/threads')
  @RequirePermission(Permission.CreateContent)
  @ApiOperation({ summary: 'Start a thread (members of the community). Research threads: researchers and moderators, with authors and abstract.' })
  @ApiCreatedResponse({ schema: detailJsonSchema })
  create(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string, @Body(parse(createThreadSchema)) body: CreateThreadRequest): Promise<ThreadDetail> {
    return this.threads.create(viewer, slug, body);
  }

  @Get('threads')
  @Public()
  @AnonymousCache()
  @ApiOperation({ summary: 'The latest threads across every community the caller may read (keyset pages).' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 20' })
  @ApiOkResponse({ schema: pageJsonSchema })
  latest(@CurrentViewer() viewer: Viewer | null, @Query(parse(pageQuerySchema)) page: PageQuery): Promise<ThreadPage> {
    return this.threads.latest(viewer, page);
  }

  @Get('threads/:id')
  @Public()
  @AnonymousCache()
  @ApiOperation({ summary: 'A thread with its rendered body and what the caller may do; marks it read for a signed-in caller.' })
  @ApiOkResponse({ schema: detailJsonSchema })
  detail(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<ThreadDetail> {
    return this.threads.detail(viewer, id);
  }

  @Patch('threads/:id')
  @SignedIn()
  @ApiOperation({ summary: 'Edit title, body, tags, language or research details (author until locked, or a moderator); pin or lock (moderators).' })
  @ApiOkResponse({ schema: detailJsonSchema })
  update(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(updateThreadSchema)) body: UpdateThreadRequest): Promise<ThreadDetail> {
    return this.threads.update(viewer, id, body);
  }

  @Post('threads/:id/lock')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Lock a thread: no more replies (the community’s moderators).' })
  lock(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<ThreadDetail> {
    return this.threads.update(viewer, id, { locked: true });
  }

  @Post('threads/:id/unlock')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Unlock a thread (the community’s moderators).' })
  unlock(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<ThreadDetail> {
    return this.threads.update(viewer, id, { locked: false });
  }

  @Post('threads/:id/pin')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Pin a thread to the top of its community (the community’s moderators).' })
  pin(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<ThreadDetail> {
    return this.threads.update(viewer, id, { pinned: true });
  }

  @Post('threads/:id/unpin')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Unpin a thread (the community’s moderators).' })
  unpin(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<ThreadDetail> {
    return this.threads.update(viewer, id, { pinned: false });
  }

  @Post('threads/:id/move')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a thread to another community (moderators of both; global moderators anywhere). Followers who may no longer read it stop receiving it.' })
  move(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(moveThreadSchema)) body: MoveThreadRequest): Promise<ThreadDetail> {
    return this.threads.move(viewer, id, body.community, body.reason ?? null);
  }

  @Post('threads/:id/slow-mode')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Slow mode on a thread (the community’s moderators): minimum seconds between one person’s posts; 0 turns it off. Too soon is a 429 with Retry-After.' })
  slowMode(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(slowModeSchema)) body: SlowModeRequest): Promise<ThreadDetail> {
    return this.threads.setSlowMode(viewer, id, body.seconds);
  }

  @Delete('threads/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a thread (its author or a moderator); it leaves every list.' })
  @ApiNoContentResponse()
  remove(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.threads.remove(viewer, id);
  }
}
