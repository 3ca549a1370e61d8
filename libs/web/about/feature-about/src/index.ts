export * from './lib/about/about';
