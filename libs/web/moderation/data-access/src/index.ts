export * from './lib/moderation.api';
export * from './lib/moderation-access';
export * from './lib/moderation-labels';
export * from './lib/bulk';
export * from './lib/flag-queue.store';
export * from './lib/approval-queue.store';
export * from './lib/moderation-audit.store';
export * from './lib/moderation-notices.store';
