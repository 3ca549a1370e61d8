import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@sce/api-communities';
import { ThreadsModule } from '@sce/api-threads';
import { CalendarController } from './calendar.controller';
import { CalendarFeeds } from './calendar-feeds.service';
import { CalendarTokens } from './calendar-tokens.service';
import { EventReminders } from './event-reminders';
import { EventRepository } from './event.repository';
import { EventsController } from './events.controller';
import { eventsEntities } from './events.entities';
import { EventsService } from './events.service';

@Module({
  imports: [TypeOrmModule.forFeature(eventsEntities), CommunitiesModule, ThreadsModule],
  controllers: [EventsController, CalendarController],
  providers: [EventsService, EventRepository, CalendarFeeds, CalendarTokens, EventReminders],
  exports: [EventsService, EventReminders],
})
export class EventsModule {}
