/** `'a', 'b'` for a CHECK constraint built from a readonly list of literals. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}
