import { Module } from '@nestjs/common';
import { CommunitiesModule } from '@sce/api-communities';
import { ThreadsModule } from '@sce/api-threads';
import { RealtimeController } from './realtime.controller';
import { RealtimeDispatcher } from './realtime-dispatcher';
import { RealtimeEvents } from './realtime-events.service';
import { RealtimeGateway } from './realtime.gateway';
import { RoomAccess } from './room-access';

@Module({
  imports: [ThreadsModule, CommunitiesModule],
  controllers: [RealtimeController],
  providers: [RealtimeGateway, RealtimeDispatcher, RealtimeEvents, RoomAccess],
  exports: [RealtimeDispatcher],
})
export class RealtimeModule {}
