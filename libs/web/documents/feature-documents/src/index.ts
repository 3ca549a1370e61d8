export * from './lib/documents.routes';
export * from './lib/document-library/document-library';
export * from './lib/document-page/document-page';
export * from './lib/document-upload/document-upload';
export * from './lib/attached-documents/attached-documents';
