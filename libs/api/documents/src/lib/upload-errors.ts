import { DomainError, ValidationError } from '@sce/api-core';

export class UploadError extends DomainError<'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'INSUFFICIENT_STORAGE' | 'UPLOAD_ABORTED'> {}

export const tooLarge = (maxBytes: number) => new UploadError('PAYLOAD_TOO_LARGE', 413, `The file is larger than ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB, the most this exchange accepts.`);
export const unsupportedType = (what: string) =>
  new UploadError('UNSUPPORTED_MEDIA_TYPE', 415, `This kind of file (${what}) cannot be shared here. Accepted: PDF, Word, Excel, PowerPoint and OpenDocument files, PNG, JPEG, GIF and WebP images, CSV and plain text. Web pages, SVG images, scripts and programs are refused.`);
export const diskFull = () => new UploadError('INSUFFICIENT_STORAGE', 507, 'The server has no room for this file right now. Try again later or tell the administrators.');
export const badUpload = (field: string, message: string) => new ValidationError([{ field, message }]);
