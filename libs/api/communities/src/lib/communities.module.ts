import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesController } from './communities.controller';
import { CommunitiesService } from './communities.service';
import { communitiesEntities } from './communities.entities';
import { CommunityRepository } from './community.repository';

@Module({
  imports: [TypeOrmModule.forFeature(communitiesEntities)],
  controllers: [CommunitiesController],
  providers: [CommunitiesService, CommunityRepository],
  exports: [CommunitiesService],
})
export class CommunitiesModule {}
