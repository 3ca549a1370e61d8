import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@sce/api-communities';
import { ThreadsModule } from '@sce/api-threads';
import { NotificationFanout } from './notification-fanout';
import { NotificationMails } from './notification-mails';
import { NotificationProjector } from './notification-projector';
import { NotificationRepository } from './notification.repository';
import { NotificationsController } from './notifications.controller';
import { notificationsEntities } from './notifications.entities';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature(notificationsEntities), CommunitiesModule, ThreadsModule],
  controllers: [NotificationsController],
  providers: [NotificationRepository, NotificationFanout, NotificationProjector, NotificationMails, NotificationsService],
  exports: [NotificationsService, NotificationProjector, NotificationMails],
})
export class NotificationsModule {}
