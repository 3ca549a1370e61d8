// Inspects one uploaded file in a process of its own (a hostile file can only hurt this process):
// sniffs its type from the content, extracts text and page count from PDFs and plain text, and
// writes a thumbnail of images. Usage: node inspect-document.mjs <file> <original name> <thumbnail path>
// Prints one JSON line: { mime, text, pageCount, thumbnail } or { refused }.
import { readFile } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

const [file, originalName = '', thumbnailPath] = process.argv.slice(2);
const TEXT_LIMIT = 1_000_000;

/** Content types accepted, by what the bytes are (never by the name alone). */
const ALLOWED = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);
/** Old binary Office files are all "Compound File Binary"; the extension tells which. */
const LEGACY_OFFICE = { doc: 'application/msword', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint' };
const extension = (originalName.split('.').pop() ?? '').toLowerCase();

function answer(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function plainText() {
  const bytes = await readFile(file);
  if (bytes.includes(0)) return null;
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Markup of any kind (HTML, SVG, XML) is refused: a browser could run it.
  if (/^\s*</.test(text) || /<\s*(script|html|svg|iframe|object|embed)\b/i.test(text)) return { markup: true };
  return { mime: extension === 'csv' ? 'text/csv' : 'text/plain', text: text.slice(0, TEXT_LIMIT) };
}

async function pdfDetails() {
  const { getDocumentProxy, extractText } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pageCount: totalPages, text: String(text).slice(0, TEXT_LIMIT) };
}

async function thumbnail() {
  const { default: sharp } = await import('sharp');
  await sharp(file, { limitInputPixels: 100_000_000 }).rotate().resize(320, 320, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toFile(thumbnailPath);
  return thumbnailPath;
}

try {
  const sniffed = await fileTypeFromFile(file);
  if (!sniffed) {
    const text = await plainText();
    if (text?.mime) answer({ mime: text.mime, text: text.text, pageCount: null, thumbnail: null });
    else answer({ refused: text?.markup ? 'markup' : 'unknown' });
  } else if (sniffed.mime === 'application/x-cfb' && LEGACY_OFFICE[extension]) {
    answer({ mime: LEGACY_OFFICE[extension], text: null, pageCount: null, thumbnail: null });
  } else if (!ALLOWED.has(sniffed.mime)) {
    answer({ refused: sniffed.mime });
  } else if (sniffed.mime === 'application/pdf') {
    const details = await pdfDetails().catch(() => ({ pageCount: null, text: null }));
    answer({ mime: sniffed.mime, ...details, thumbnail: null });
  } else if (sniffed.mime.startsWith('image/')) {
    const made = await thumbnail().catch(() => null);
    answer({ mime: sniffed.mime, text: null, pageCount: null, thumbnail: made });
  } else {
    answer({ mime: sniffed.mime, text: null, pageCount: null, thumbnail: null });
  }
} catch (error) {
  answer({ refused: 'unreadable', detail: String(error?.message ?? error).slice(0, 200) });
}
