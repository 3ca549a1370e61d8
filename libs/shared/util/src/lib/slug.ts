/**
 * A URL slug from a name: ASCII lowercase words joined by hyphens, diacritics folded
 * ("Århus Øresund" → "arhus-oresund"), at most `maxLength` characters, cut between words where possible.
 */
export function slugify(name: string, maxLength = 60): string {
  const folded = name
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastBreak = slug[maxLength] === '-' ? maxLength : cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut).replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
