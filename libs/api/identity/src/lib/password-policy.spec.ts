import { passwordWeakness } from './password-policy';

describe('passwordWeakness', () => {
  it.each(['qwerty123456', 'QWERTY123456', '1q2w3e4r5t6y', 'password1234!', 'iloveyou2024'])('refuses the common %s', (p) => {
    expect(passwordWeakness(p)).toMatch(/too common/);
  });

  it('refuses one repeated character', () => {
    expect(passwordWeakness('aaaaaaaaaaaaaaa')).toMatch(/repeated/);
  });

  it('refuses the person’s own email or name', () => {
    expect(passwordWeakness('tom.ashworth-2026', ['tom.ashworth', 'Tom Ashworth'])).toMatch(/email address or name/);
  });

  it('accepts a long passphrase', () => {
    expect(passwordWeakness('north sea ferries at dawn', ['tom@example.org'])).toBeNull();
  });
});
