import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, type Viewer, parse } from '@sce/api-core';
import { type CommunityPage, type PageQuery, communityPageSchema, pageQuerySchema } from '@sce/shared-contracts';
import { z } from 'zod';
import { CommunitiesService } from './communities.service';

@ApiTags('communities')
@Controller('communities')
export class CommunitiesController {
  constructor(private readonly communities: CommunitiesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Communities the caller may read, in name order (keyset pages).' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 20' })
  @ApiOkResponse({ schema: z.toJSONSchema(communityPageSchema) as object })
  list(@CurrentViewer() viewer: Viewer | null, @Query(parse(pageQuerySchema)) page: PageQuery): Promise<CommunityPage> {
    return this.communities.list(viewer, page);
  }
}
