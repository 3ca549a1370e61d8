export * from './lib/sign-in.routes';
export * from './lib/sign-in/sign-in';
