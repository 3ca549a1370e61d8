import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { dataSourceOptions } from './data-source-options';
import { TransactionRunner } from './transaction-runner';

/** The TypeORM connection. Entities come from each domain's `TypeOrmModule.forFeature`. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl ?? '', config.databasePoolSize),
        autoLoadEntities: true,
        retryAttempts: 2,
        retryDelay: 1000,
        extra: { max: 20, connectionTimeoutMillis: 5000, application_name: 'smart-cities-exchange' },
      }),
    }),
  ],
  providers: [TransactionRunner],
  exports: [TransactionRunner],
})
export class DatabaseModule {}
