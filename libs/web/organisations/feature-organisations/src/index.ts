export * from './lib/organisations.routes';
export * from './lib/organisation-list/organisation-list';
export * from './lib/organisation-detail/organisation-detail';
