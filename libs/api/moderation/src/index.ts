export * from './lib/flag.entity';
export * from './lib/warning.entity';
export * from './lib/moderation.entities';
export * from './lib/moderation.module';
