export * from './lib/demo-content';
export * from './lib/demo-data.module';
export * from './lib/demo-data.service';
export * from './lib/scale-data.service';
export * from './lib/sample-files';
export * from './lib/demo-practices';
