export * from './lib/api-core';
