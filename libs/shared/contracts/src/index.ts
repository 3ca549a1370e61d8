export * from './lib/common/problem';
export * from './lib/common/page';
export * from './lib/communities/community.view';
export * from './lib/identity/identity.enums';
export * from './lib/threads/thread.enums';
export * from './lib/events/event.enums';
export * from './lib/auth/permissions';
export * from './lib/auth/auth.schemas';
