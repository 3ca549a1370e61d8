import { diffWords, isUnchanged, type DiffPart } from './word-diff';

const added = (parts: DiffPart[]) =>
  parts.filter((p) => p.kind === 'added').map((p) => p.text);
const removed = (parts: DiffPart[]) =>
  parts.filter((p) => p.kind === 'removed').map((p) => p.text);
const rebuild = (parts: DiffPart[], side: 'before' | 'after') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === (side === 'after' ? 'added' : 'removed'))
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('finds the words that changed and keeps the rest', () => {
    const before = 'We publish parking data under CC BY 4.0 today.';
    const after = 'We publish real-time parking data under CC0 today.';
    const parts = diffWords(before, after);
    expect(added(parts)).toEqual(['real-time ', 'CC0']);
    expect(removed(parts)).toEqual(['CC BY 4.0']);
    expect(rebuild(parts, 'before')).toBe(before);
    expect(rebuild(parts, 'after')).toBe(after);
  });

  it('keeps line breaks and joins neighbours of one kind', () => {
    const parts = diffWords('one\ntwo\nthree', 'one\n2\nthree\nfour');
    expect(rebuild(parts, 'after')).toBe('one\n2\nthree\nfour');
    expect(rebuild(parts, 'before')).toBe('one\ntwo\nthree');
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i].kind).not.toBe(parts[i - 1].kind);
    }
  });

  it('says when nothing changed, and handles empty texts', () => {
    expect(isUnchanged(diffWords('same text', 'same text'))).toBe(true);
    expect(diffWords('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
    expect(diffWords('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('stays fast on long texts by falling back to lines', () => {
    const words = (n: number, word: string) =>
      Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const before = `${words(3000, 'a')}\nend`;
    const after = `${words(3000, 'b')}\nend`;
    const started = Date.now();
    const parts = diffWords(before, after);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(rebuild(parts, 'after')).toBe(after);
    expect(rebuild(parts, 'before')).toBe(before);
  });
});
