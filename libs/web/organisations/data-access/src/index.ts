export * from './lib/organisations.api';
export * from './lib/organisations.store';
export * from './lib/organisation-page.store';
export * from './lib/organisation-labels';
