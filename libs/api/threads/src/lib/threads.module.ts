import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@sce/api-communities';
import { ThreadRepository } from './thread.repository';
import { ThreadsController } from './threads.controller';
import { threadsEntities } from './threads.entities';
import { ThreadsService } from './threads.service';

@Module({
  imports: [TypeOrmModule.forFeature(threadsEntities), CommunitiesModule],
  controllers: [ThreadsController],
  providers: [ThreadsService, ThreadRepository],
  exports: [ThreadsService],
})
export class ThreadsModule {}
