export * from './lib/admin.routes';
export * from './lib/not-allowed/not-allowed';
