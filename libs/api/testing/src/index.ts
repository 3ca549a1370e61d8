export * from './lib/test-app';
export * from './lib/test-database';
export * from './lib/builders';
export * from './lib/http-client';
export * from './lib/mail-catcher';
export * from './lib/oidc/test-oidc-provider';
export * from './lib/sockets';
