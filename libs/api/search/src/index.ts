export * from './lib/search.module';
export * from './lib/search.service';
/** For tools/bench/search-explain.ts, which prints the plan of the real query. */
export { SearchRepository } from './lib/search.repository';
