export * from './lib/account.routes';
export * from './lib/account.api';
export * from './lib/register/register';
export * from './lib/verify-email/verify-email';
export * from './lib/forgot-password/forgot-password';
export * from './lib/reset-password/reset-password';
