export * from './lib/search.api';
export * from './lib/search-filters';
export * from './lib/search-page.store';
export * from './lib/search-suggestions.store';
