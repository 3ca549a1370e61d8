export * from './lib/shell/shell';
export * from './lib/not-found/load-not-found';
