import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@sce/api-communities';
import { ThreadsModule } from '@sce/api-threads';
import { ModerationController } from './moderation.controller';
import { moderationEntities } from './moderation.entities';
import { ModerationService } from './moderation.service';

@Module({
  imports: [TypeOrmModule.forFeature(moderationEntities), CommunitiesModule, ThreadsModule],
  controllers: [ModerationController],
  providers: [ModerationService],
})
export class ModerationModule {}
