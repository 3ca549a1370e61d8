import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, CoreModule } from '@sce/api-core';
import { CommunitiesModule } from '@sce/api-communities';
import { DemoDataModule } from '@sce/api-demo-data';
import { EventsModule } from '@sce/api-events';
import { IdentityModule } from '@sce/api-identity';
import { RealtimeModule } from '@sce/api-realtime';
import { ThreadsModule } from '@sce/api-threads';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config), IdentityModule, CommunitiesModule, ThreadsModule, EventsModule, RealtimeModule, DemoDataModule],
    };
  }
}
