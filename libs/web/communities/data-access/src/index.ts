export * from './lib/communities.api';
export * from './lib/communities.store';
