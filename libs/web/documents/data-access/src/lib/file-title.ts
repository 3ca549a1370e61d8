/** The most characters a document title may have (as the API checks). */
export const DOCUMENT_TITLE_MAX = 200;

/**
 * A first title for a document, from its file name: without the folder and the extension,
 * underscores and dots between words (not in "1.2") made spaces, runs of spaces single, the first
 * letter in capitals. "annual_report-2025.final.PDF" → "Annual report-2025 final". The person
 * uploading can change it.
 */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const words = withoutExtension
    .replace(/_+/g, ' ')
    .replace(/(?<!\d)\.+|\.+(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const title = words.charAt(0).toLocaleUpperCase() + words.slice(1);
  return title.slice(0, DOCUMENT_TITLE_MAX).trim();
}
