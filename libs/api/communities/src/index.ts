export * from './lib/api-communities';
