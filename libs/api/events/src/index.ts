export * from './lib/api-events';
