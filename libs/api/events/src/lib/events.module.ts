import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from './event.entity';

export const eventsEntities = [EventEntity];

@Module({ imports: [TypeOrmModule.forFeature(eventsEntities)] })
export class EventsModule {}
