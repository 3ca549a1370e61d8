export * from './lib/thread.routes';
export * from './lib/thread-page/thread-page';
export * from './lib/new-thread/new-thread';
export * from './lib/composer/composer';
export * from './lib/composer/markdown-edits';
export * from './lib/history-dialog/word-diff';
