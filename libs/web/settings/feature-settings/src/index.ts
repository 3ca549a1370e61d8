export * from './lib/settings.routes';
export * from './lib/settings.api';
export * from './lib/settings-layout/settings-layout';
export * from './lib/profile-settings/profile-settings';
export * from './lib/account-settings/account-settings';
export * from './lib/access-tokens/access-tokens';
export * from './lib/confirm-email/confirm-email';
