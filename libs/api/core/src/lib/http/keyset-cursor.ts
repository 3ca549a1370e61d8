import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationError } from '../errors/domain-error';

/**
 * Opaque keyset cursors: the sort key of the last row of a page, as base64url JSON. Clients pass
 * them back untouched; anything else is a 400 on `query.cursor`.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What each part of a cursor must be, so a forged cursor is a 400 and never reaches SQL as a bad value. */
export type CursorPart = 'string' | 'number' | 'uuid' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** ISO 8601 or PostgreSQL's text form of a timestamptz (`2026-11-27 10:00:00.123456+00`). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

const fits = (value: unknown, part: CursorPart): boolean => {
  switch (part) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value);
  }
};

export function decodeCursor(cursor: string, parts: readonly CursorPart[]): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && parts.every((part, i) => fits(key[i], part))) return key as (string | number)[];
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
  keyOf: (row: Row) => readonly (string | number)[],
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { items: shown.map(toItem), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/**
 * Runs a keyset query and pairs each entity with its sort timestamp as PostgreSQL prints it.
 * A JavaScript Date keeps milliseconds but PostgreSQL stores microseconds, so a cursor built from
 * the Date would skip or repeat rows written within the same millisecond. No joins: one raw row
 * per entity.
 */
export async function withTimestampKeys<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string): Promise<{ entity: T; timestampKey: string }[]> {
  const { entities, raw } = await query.addSelect(`${column}::text`, 'keyset_timestamp').getRawAndEntities<{ keyset_timestamp: string }>();
  return entities.map((entity, i) => ({ entity, timestampKey: raw[i]?.keyset_timestamp ?? '' }));
}
