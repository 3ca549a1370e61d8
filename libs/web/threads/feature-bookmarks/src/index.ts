export * from './lib/bookmarks.routes';
export * from './lib/bookmarks/bookmarks';
