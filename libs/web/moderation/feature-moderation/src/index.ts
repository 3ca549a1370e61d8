export * from './lib/moderation.routes';
export * from './lib/moderation.guard';
export * from './lib/dialogs/flag-dialog';
export * from './lib/dialogs/reason-dialog';
export * from './lib/notices/moderation-notices';
export * from './lib/nav/moderation-nav-item';
export * from './lib/failure';
