import { applyMarkdown, type TextEdit } from './markdown-edits';

const select = (text: string, part: string): TextEdit => {
  const start = text.indexOf(part);
  return { text, start, end: start + part.length };
};
const selected = (edit: TextEdit) => edit.text.slice(edit.start, edit.end);

describe('applyMarkdown', () => {
  it('wraps the selection in bold, italic or code marks', () => {
    const bold = applyMarkdown(select('a word here', 'word'), 'bold', 'text');
    expect(bold.text).toBe('a **word** here');
    expect(selected(bold)).toBe('word');
    expect(applyMarkdown(select('a word', 'word'), 'italic', 'text').text).toBe(
      'a _word_',
    );
    expect(applyMarkdown(select('run npm ci', 'npm ci'), 'code', 'code').text).toBe(
      'run `npm ci`',
    );
  });

  it('inserts a selected placeholder when nothing is selected', () => {
    const edit = applyMarkdown({ text: 'Hi ', start: 3, end: 3 }, 'bold', 'text');
    expect(edit.text).toBe('Hi **text**');
    expect(selected(edit)).toBe('text');
  });

  it('makes a link and selects its address', () => {
    const edit = applyMarkdown(select('see the docs', 'the docs'), 'link', 'link');
    expect(edit.text).toBe('see [the docs](https://)');
    expect(selected(edit)).toBe('https://');
  });

  it('prefixes every selected line for quotes and lists', () => {
    const text = 'intro\nfirst\nsecond\nend';
    const edit = applyMarkdown(select(text, 'first\nsecond'), 'list', 'item');
    expect(edit.text).toBe('intro\n- first\n- second\nend');
    const quote = applyMarkdown({ text: 'one line', start: 2, end: 2 }, 'quote', 'q');
    expect(quote.text).toBe('> one line');
  });

  it('fences code over several lines on lines of its own', () => {
    const text = 'before\nlet a = 1;\nlet b = 2;';
    const edit = applyMarkdown(select(text, 'let a = 1;\nlet b = 2;'), 'code', 'code');
    expect(edit.text).toBe('before\n```\nlet a = 1;\nlet b = 2;\n```');
    expect(selected(edit)).toBe('let a = 1;\nlet b = 2;');
  });
});
