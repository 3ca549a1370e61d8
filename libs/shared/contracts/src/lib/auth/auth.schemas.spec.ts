import { displayNameSchema, emailSchema, newPasswordSchema } from './auth.schemas';

describe('auth schemas', () => {
  it('normalises emails', () => {
    expect(emailSchema.parse('  Tom.Ashworth@Example.ORG ')).toBe('tom.ashworth@example.org');
    expect(emailSchema.safeParse('not an email').success).toBe(false);
  });

  it('trims display names and collapses spaces', () => {
    expect(displayNameSchema.parse('  Mette   Kjær ')).toBe('Mette Kjær');
  });

  it.each([
    ['too short', 'A'],
    ['too long', 'x'.repeat(61)],
    ['a right-to-left override', 'Admin\u202Eteam'],
    ['a zero-width space', 'Ad\u200Bmin'],
    ['a control character', 'Tom\u0007'],
    ['a line separator', 'Tom\u2028Ash'],
  ])('refuses a display name with %s', (_why, name) => {
    expect(displayNameSchema.safeParse(name).success).toBe(false);
  });

  it('keeps passwords as typed, 12 to 128 characters', () => {
    expect(newPasswordSchema.parse('  spaces count  ')).toBe('  spaces count  ');
    expect(newPasswordSchema.safeParse('x'.repeat(11)).success).toBe(false);
    expect(newPasswordSchema.safeParse('x'.repeat(129)).success).toBe(false);
  });
});
