export * from './lib/threads.api';
export * from './lib/posts.api';
export * from './lib/post-tree';
export * from './lib/thread-page.store';
export * from './lib/bookmarks.store';
export * from './lib/composer-drafts';
export * from './lib/thread-labels';
