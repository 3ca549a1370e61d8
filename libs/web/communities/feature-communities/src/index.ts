export * from './lib/communities.routes';
export * from './lib/community-directory/community-directory';
export * from './lib/community-page/community-page';
export * from './lib/community-members/community-members';
export * from './lib/community-form/community-form';
