import { ValidationError } from '../errors/domain-error';

/**
 * Opaque keyset cursors: the sort key of the last row of a page, as base64url JSON. Clients pass
 * them back untouched; anything else is a 400 on `query.cursor`.
 */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) {
      return key as (string | number | null)[];
    }
  } catch {
    // falls through to the validation error
  }
  throw new ValidationError([{ field: 'query.cursor', message: 'is not a cursor returned by this list' }]);
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only tells that another page exists,
 * and the cursor is the sort key of the last row shown.
 */
export function keysetPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => readonly (string | number | null)[],
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { items: shown.map(toItem), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
