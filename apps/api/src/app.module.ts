import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { type AppConfig, CoreModule } from '@sce/api-core';
import { CommunitiesModule } from '@sce/api-communities';
import { DemoDataModule } from '@sce/api-demo-data';
import { DocumentsModule } from '@sce/api-documents';
import { ModerationModule } from '@sce/api-moderation';
import { NotificationsModule } from '@sce/api-notifications';
import { PracticesModule } from '@sce/api-practices';
import { EventsModule } from '@sce/api-events';
import { IdentityModule } from '@sce/api-identity';
import { RealtimeModule } from '@sce/api-realtime';
import { SearchModule } from '@sce/api-search';
import { ThreadsModule } from '@sce/api-threads';

/** Every domain the API serves; tests build the app from the same list. */
export const domainModules: Type[] = [IdentityModule, CommunitiesModule, ThreadsModule, EventsModule, DocumentsModule, PracticesModule, ModerationModule, NotificationsModule, SearchModule, RealtimeModule, DemoDataModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [CoreModule.forRoot(config), ...domainModules] };
  }
}
