export * from './lib/notifications.api';
export * from './lib/notification-labels';
export * from './lib/notification-badge.store';
export * from './lib/notification-list.store';
export * from './lib/notification-settings.store';
export * from './lib/watch.store';
