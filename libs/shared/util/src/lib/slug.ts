/**
 * A URL slug from a name: ASCII lowercase words joined by hyphens, diacritics folded
 * ("Århus Øresund" → "arhus-oresund"), at most `maxLength` characters.
 */
export function slugify(name: string, maxLength = 60): string {
  const folded = name
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
