export * from './lib/api-threads';
