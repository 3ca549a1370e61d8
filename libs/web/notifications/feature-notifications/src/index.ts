export * from './lib/notifications.routes';
export * from './lib/notification-menu/notification-menu';
export * from './lib/notifications-page/notifications-page';
export * from './lib/notification-settings/notification-settings';
export * from './lib/watch-control/watch-control';
export * from './lib/unsubscribe/unsubscribe';
export * from './lib/notification-entry/notification-entry';
export * from './lib/notification-text';
