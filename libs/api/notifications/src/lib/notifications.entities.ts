import { NotificationCursorEntity } from './notification-cursor.entity';
import { NotificationSettingsEntity } from './notification-settings.entity';
import { NotificationEntity } from './notification.entity';
import { SubscriptionEntity } from './subscription.entity';

export const notificationsEntities = [NotificationEntity, SubscriptionEntity, NotificationSettingsEntity, NotificationCursorEntity];
