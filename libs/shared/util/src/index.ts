export * from './lib/slug';
export * from './lib/zoned-time';
