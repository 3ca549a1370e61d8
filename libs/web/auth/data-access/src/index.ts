export * from './lib/auth.api';
export * from './lib/session.store';
export * from './lib/session-refresh.interceptor';
export * from './lib/signed-in.guard';
export * from './lib/permission.guard';
export * from './lib/return-url';
export * from './lib/provide-session';
