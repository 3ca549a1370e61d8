export * from './lib/document.entity';
export * from './lib/document-version.entity';
export * from './lib/documents.entities';
export * from './lib/documents.module';
export * from './lib/documents.service';
export * from './lib/storage';
export * from './lib/receive-upload';
