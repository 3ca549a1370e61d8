import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@sce/api-communities';
import { BookmarksService } from './bookmarks.service';
import { PostRepository } from './post.repository';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';
import { ThreadRepository } from './thread.repository';
import { ThreadsController } from './threads.controller';
import { threadsEntities } from './threads.entities';
import { ThreadsService } from './threads.service';

@Module({
  imports: [TypeOrmModule.forFeature(threadsEntities), CommunitiesModule],
  controllers: [ThreadsController, PostsController],
  providers: [ThreadsService, ThreadRepository, PostsService, PostRepository, BookmarksService],
  exports: [ThreadsService, PostsService],
})
export class ThreadsModule {}
