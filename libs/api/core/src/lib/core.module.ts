import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditModule } from './audit/audit-log';
import { AuthGuard } from './auth/auth.guard';
import type { AppConfig } from './config/config.schema';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ProblemFilter } from './errors/problem.filter';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RealtimeOutboxModule } from './realtime/realtime-outbox';

/** Global wiring every API process needs: config, logs, database, error mapping, health. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule, HealthModule, MailModule, RateLimitModule, AuditModule, RealtimeOutboxModule],
      // AuthGuard needs an Authenticator, which the identity module provides globally: without it
      // the app does not start, so no build can run with authentication left out.
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }, { provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
