/** A run of text that both versions share, or that only the newer (added) or older (removed) has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Above this many comparisons (words × words) the diff falls back to whole lines. */
const MAX_CELLS = 2_000_000;

/**
 * What changed from `before` to `after`, word by word (whitespace kept, so joining the `same`
 * and `added` parts gives `after` back, and `same` and `removed` give `before`). The common
 * start and end are skipped first; a change too large to compare word by word is compared line
 * by line, and failing that shown as one removal and one addition.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const words = diffTokens(tokenize(before, /(\s+)/), tokenize(after, /(\s+)/));
  return (
    words ??
    diffTokens(tokenize(before, /(\n)/), tokenize(after, /(\n)/)) ??
    merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ])
  );
}

function tokenize(text: string, separator: RegExp): string[] {
  return text.split(separator).filter((token) => token !== '');
}

function diffTokens(a: string[], b: string[]): DiffPart[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    return null;
  }
  const parts: DiffPart[] = [
    { kind: 'same', text: a.slice(0, start).join('') },
    ...lcsDiff(midA, midB),
    { kind: 'same', text: a.slice(endA).join('') },
  ];
  return merge(parts);
}

/** The classic longest-common-subsequence table, walked from the start. */
function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      parts.push({ kind: 'removed', text: a[i] });
      i++;
    } else {
      parts.push({ kind: 'added', text: b[j] });
      j++;
    }
  }
  for (; i < n; i++) parts.push({ kind: 'removed', text: a[i] });
  for (; j < m; j++) parts.push({ kind: 'added', text: b[j] });
  return parts;
}

/** Joins neighbours of the same kind and drops empty parts. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') {
      continue;
    }
    const last = merged[merged.length - 1];
    if (last?.kind === part.kind) {
      last.text += part.text;
    } else {
      merged.push({ ...part });
    }
  }
  return merged;
}

/** Whether nothing was added or removed. */
export function isUnchanged(parts: readonly DiffPart[]): boolean {
  return parts.every((part) => part.kind === 'same');
}
