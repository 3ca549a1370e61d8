import { hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id at OWASP parameters and verifies', async () => {
    const stored = await hashPassword('north sea ferries at dawn');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(stored, 'north sea ferries at dawn')).toBe(true);
    expect(await verifyPassword(stored, 'north sea ferries at dusk')).toBe(false);
  });

  it('never truncates: a difference after 72 characters still matters', async () => {
    const long = 'x'.repeat(100);
    const stored = await hashPassword(long);
    expect(await verifyPassword(stored, `${'x'.repeat(99)}y`)).toBe(false);
  });

  it('answers false without a stored hash, after doing comparable work', async () => {
    expect(await verifyPassword(null, 'anything at all')).toBe(false);
  });

  it('runs many hashes without failing while limiting how many run at once', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => hashPassword(`password number ${i} here`)));
    expect(new Set(results).size).toBe(6);
  });
});
