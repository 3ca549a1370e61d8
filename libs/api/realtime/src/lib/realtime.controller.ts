import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, type Viewer, parse } from '@sce/api-core';
import { type CatchUpQuery, type CatchUpResult, catchUpQuerySchema } from '@sce/shared-contracts';
import { RealtimeEvents } from './realtime-events.service';

@ApiTags('realtime')
@Controller('realtime')
export class RealtimeController {
  constructor(private readonly events: RealtimeEvents) {}

  @Get('events')
  @Public()
  @ApiOperation({
    summary:
      'Catch-up after a reconnect: the events after `since` in the rooms named, in id order, each once (rooms the caller may not read are listed in refusedRooms). At most 500: beyond that, or beyond what is kept (24 hours), tooFarBehind says to reload the page’s data.',
  })
  @ApiQuery({ name: 'since', description: 'the last event id the client saw (0 for none)' })
  @ApiQuery({ name: 'rooms', description: 'comma-separated room names, e.g. thread:<id>,community:<id>,user:<id>' })
  @ApiOkResponse({ description: '{ events, tooFarBehind, lastEventId, refusedRooms }' })
  since(@CurrentViewer() viewer: Viewer | null, @Query(parse(catchUpQuerySchema)) query: CatchUpQuery): Promise<CatchUpResult> {
    return this.events.since(viewer, query);
  }
}
