export * from './lib/admin.api';
export * from './lib/admin-users.store';
export * from './lib/admin-organisations.store';
export * from './lib/audit.store';
