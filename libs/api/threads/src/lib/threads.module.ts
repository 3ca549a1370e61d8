import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { threadsEntities } from './threads.entities';

@Module({ imports: [TypeOrmModule.forFeature(threadsEntities)] })
export class ThreadsModule {}
