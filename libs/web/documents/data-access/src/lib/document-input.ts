import { DOCUMENT_MAX_BYTES } from './document-labels';
import { DOCUMENT_TITLE_MAX } from './file-title';

/** The fields of the upload and details forms, top to bottom. */
export const documentFields = [
  'file',
  'title',
  'description',
  'tags',
  'licence',
  'language',
  'changeNote',
] as const;
export type DocumentField = (typeof documentFields)[number];

// The API's rules (copied, so that zod stays out of the web bundles).
export const DOCUMENT_DESCRIPTION_MAX = 5000;
export const DOCUMENT_CHANGE_NOTE_MAX = 1000;
export const DOCUMENT_TAGS_MAX = 10;
const TAG_PATTERN = /^[\p{Ll}\p{N}]+(?:[ -][\p{Ll}\p{N}]+)*$/u;

/** "Open Data, GIS ,, open data" → ["open data", "gis"]: trimmed, lower case, no repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** What a form holds, as far as it is checked before sending. */
export interface DocumentInput {
  file?: { size: number } | null;
  title?: string;
  description?: string;
  tags?: readonly string[];
  changeNote?: string;
}

/**
 * The fields that break the API's rules, checked before sending (the API checks again, and
 * alone knows whether it accepts the kind of file). A file is missing, empty or too large;
 * only the fields present in `input` are checked.
 */
export function invalidDocumentFields(input: DocumentInput): DocumentField[] {
  const invalid: DocumentField[] = [];
  if (
    input.file !== undefined &&
    (input.file === null ||
      input.file.size === 0 ||
      input.file.size > DOCUMENT_MAX_BYTES)
  ) {
    invalid.push('file');
  }
  if (input.title !== undefined) {
    const title = input.title.trim();
    if (title.length < 3 || title.length > DOCUMENT_TITLE_MAX) {
      invalid.push('title');
    }
  }
  if (
    input.description !== undefined &&
    input.description.trim().length > DOCUMENT_DESCRIPTION_MAX
  ) {
    invalid.push('description');
  }
  if (
    input.tags !== undefined &&
    (input.tags.length > DOCUMENT_TAGS_MAX ||
      input.tags.some(
        (tag) => tag.length < 2 || tag.length > 40 || !TAG_PATTERN.test(tag),
      ))
  ) {
    invalid.push('tags');
  }
  if (
    input.changeNote !== undefined &&
    input.changeNote.trim().length > DOCUMENT_CHANGE_NOTE_MAX
  ) {
    invalid.push('changeNote');
  }
  return invalid;
}

/** The form field an API error path belongs to: `file`, `file.name` → file; `body.title` → title. */
export function documentFieldOf(path: string): string | undefined {
  if (path === 'file' || path.startsWith('file.')) {
    return 'file';
  }
  return path.replace(/^body\./, '').split('.')[0];
}

/** "report.final.DOCX" → "DOCX" (at most 4 letters); null without an extension. */
export function fileExtension(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]{1,4})$/.exec(fileName);
  return match ? match[1].toUpperCase() : null;
}
