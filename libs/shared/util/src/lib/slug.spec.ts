import { SLUG_PATTERN, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Digital Identity & Trust Services', 'digital-identity-trust-services'],
    ['Århus Øresund Straße', 'arhus-oresund-strasse'],
    ['  Open   Data!! ', 'open-data'],
    ['Ærø kommune', 'aero-kommune'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(SLUG_PATTERN.test(slugify(name))).toBe(true);
  });

  it('cuts long names at a word boundary without a trailing hyphen', () => {
    const slug = slugify('a'.repeat(10) + ' ' + 'b'.repeat(10), 12);
    expect(slug).toBe('aaaaaaaaaa');
  });
});
