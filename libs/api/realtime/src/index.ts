export * from './lib/realtime.gateway';
export * from './lib/realtime.module';
export * from './lib/realtime-dispatcher';
