import { MARK_START, MARK_STOP } from './search.repository';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references sanitised HTML holds; the marker code points never come out of it. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (all, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return '';
      const char = String.fromCodePoint(code);
      return char === MARK_START || char === MARK_STOP ? '' : char;
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * ts_headline's passage as safe HTML: every character of the text escaped, and the matched words
 * (between the private-use markers ts_headline was given) wrapped in `<mark>` — the only element
 * the result can hold. `html` says the passage came from sanitised HTML (its character references
 * are decoded first, so they are not escaped twice).
 */
export function snippetHtml(headline: string, html: boolean): string {
  const text = (html ? decodeEntities(headline) : headline).replace(/\s+/g, ' ').trim();
  let out = '';
  let open = false;
  for (const char of text) {
    if (char === MARK_START) {
      if (!open) out += '<mark>';
      open = true;
    } else if (char === MARK_STOP) {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += ESCAPES[char] ?? char;
    }
  }
  return open ? `${out}</mark>` : out;
}
