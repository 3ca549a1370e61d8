export * from './lib/communities.api';
export * from './lib/communities.store';
export * from './lib/community-page.store';
export * from './lib/community-members.store';
export * from './lib/community-labels';
