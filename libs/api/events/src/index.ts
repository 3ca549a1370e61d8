export * from './lib/event.entity';
export * from './lib/events.module';
