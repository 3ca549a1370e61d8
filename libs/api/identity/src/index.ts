export * from './lib/organisation.entity';
export * from './lib/user.entity';
export * from './lib/identity.entities';
export * from './lib/identity.module';
