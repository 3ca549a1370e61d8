import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/**
 * Why a new password is refused, or null. Length is the contract's rule; this adds the list of
 * ~49,000 common passwords (zxcvbn-ts), those with a few digits or symbols tacked on, and
 * passwords made of one repeated character or of the person's own email or name.
 */
export function passwordWeakness(password: string, personal: string[] = []): string | null {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower) || list.has(lower.replace(/[\d\W_]{1,4}$/, ''))) return 'is too common: choose one that is not on lists of leaked passwords';
  if (/^(.)\1*$/u.test(password)) return 'must not be one character repeated';
  for (const value of personal) {
    const p = value.toLowerCase().trim();
    if (p.length >= 4 && lower.includes(p)) return 'must not contain your email address or name';
  }
  return null;
}
