/** A text with a selection, as in a textarea. */
export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

export type MarkdownAction = 'bold' | 'italic' | 'link' | 'quote' | 'list' | 'code';

/**
 * Applies a toolbar action to the selection: wraps it in marks (bold, italic, inline code),
 * makes it a link, prefixes its lines (quote, list) or fences it (code over several lines).
 * With nothing selected a placeholder is inserted and selected, so typing replaces it.
 */
export function applyMarkdown(
  edit: TextEdit,
  action: MarkdownAction,
  placeholder: string,
): TextEdit {
  const { text, start, end } = edit;
  const selected = text.slice(start, end);
  switch (action) {
    case 'bold':
      return wrap(edit, '**', '**', placeholder);
    case 'italic':
      return wrap(edit, '_', '_', placeholder);
    case 'code':
      return selected.includes('\n')
        ? wrap(edit, '```\n', '\n```', placeholder, true)
        : wrap(edit, '`', '`', placeholder);
    case 'link': {
      const label = selected || placeholder;
      const url = 'https://';
      const inserted = `[${label}](${url})`;
      const urlStart = start + label.length + 3;
      return {
        text: text.slice(0, start) + inserted + text.slice(end),
        start: urlStart,
        end: urlStart + url.length,
      };
    }
    case 'quote':
      return prefixLines(edit, () => '> ', placeholder);
    case 'list':
      return prefixLines(edit, () => '- ', placeholder);
  }
}

function wrap(
  { text, start, end }: TextEdit,
  before: string,
  after: string,
  placeholder: string,
  ownLines = false,
): TextEdit {
  const selected = text.slice(start, end) || placeholder;
  const lead = ownLines && start > 0 && text[start - 1] !== '\n' ? '\n' : '';
  const trail = ownLines && end < text.length && text[end] !== '\n' ? '\n' : '';
  const inserted = `${lead}${before}${selected}${after}${trail}`;
  const selectionStart = start + lead.length + before.length;
  return {
    text: text.slice(0, start) + inserted + text.slice(end),
    start: selectionStart,
    end: selectionStart + selected.length,
  };
}

/** Prefixes every line the selection touches; an empty selection on an empty line gets a placeholder. */
function prefixLines(
  { text, start, end }: TextEdit,
  prefix: (index: number) => string,
  placeholder: string,
): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end > start ? end - 1 : end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const block = text.slice(lineStart, lineEnd) || placeholder;
  const lines = block.split('\n').map((line, i) => prefix(i) + line);
  const replaced = lines.join('\n');
  return {
    text: text.slice(0, lineStart) + replaced + text.slice(lineEnd),
    start: lineStart + prefix(0).length,
    end: lineStart + replaced.length,
  };
}
