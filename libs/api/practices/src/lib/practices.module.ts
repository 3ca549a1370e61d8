import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@sce/api-communities';
import { ThreadsModule } from '@sce/api-threads';
import { InsightsService } from './insights.service';
import { PracticesController } from './practices.controller';
import { practicesEntities } from './practices.entities';
import { PracticesService } from './practices.service';

@Module({
  imports: [TypeOrmModule.forFeature(practicesEntities), CommunitiesModule, ThreadsModule],
  controllers: [PracticesController],
  providers: [PracticesService, InsightsService],
  exports: [PracticesService],
})
export class PracticesModule {}
