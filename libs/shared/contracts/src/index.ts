export * from './lib/common/problem';
export * from './lib/common/page';
export * from './lib/communities/community.view';
