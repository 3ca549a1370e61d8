export * from './lib/page-header/page-header';
export * from './lib/empty-state/empty-state';
export * from './lib/visibility-badge/visibility-badge';
export * from './lib/community-card/community-card';
export * from './lib/problem-summary/problem-summary';
export * from './lib/confirm-dialog/confirm';
