export * from './lib/events.api';
export * from './lib/event-time';
export * from './lib/month-grid';
export * from './lib/event-labels';
export * from './lib/viewer-time-zone';
export * from './lib/event-page.store';
export * from './lib/events-calendar.store';
