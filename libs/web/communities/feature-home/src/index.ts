export * from './lib/home.routes';
export * from './lib/home/home';
