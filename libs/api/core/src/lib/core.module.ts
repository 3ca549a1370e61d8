import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { AppConfig } from './config/config.schema';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ProblemFilter } from './errors/problem.filter';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';

/** Global wiring every API process needs: config, logs, database, error mapping, health. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule, HealthModule],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
