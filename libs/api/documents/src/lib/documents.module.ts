import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@sce/api-core';
import { CommunitiesModule } from '@sce/api-communities';
import { DocumentsController } from './documents.controller';
import { documentsEntities } from './documents.entities';
import { DocumentsService } from './documents.service';
import { FileStorage, createFileStorage } from './storage';

@Module({
  imports: [TypeOrmModule.forFeature(documentsEntities), CommunitiesModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, { provide: FileStorage, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStorage(config) }],
  exports: [DocumentsService, FileStorage],
})
export class DocumentsModule {}
