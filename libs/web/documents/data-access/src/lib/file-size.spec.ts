import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('writes sizes in bytes, kB, MB and GB in steps of 1024', () => {
    expect(formatFileSize(0, 'en-GB')).toBe('0 bytes');
    expect(formatFileSize(1, 'en-GB')).toBe('1 byte');
    expect(formatFileSize(820, 'en-GB')).toBe('820 bytes');
    expect(formatFileSize(1024, 'en-GB')).toBe('1 kB');
    expect(formatFileSize(14 * 1024 + 300, 'en-GB')).toBe('14 kB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'en-GB')).toBe('2.4 MB');
    expect(formatFileSize(25 * 1024 * 1024, 'en-GB')).toBe('25 MB');
    expect(formatFileSize(3.5 * 1024 ** 3, 'en-GB')).toBe('3.5 GB');
  });

  it('moves to the next unit rather than showing 1,024 of one', () => {
    expect(formatFileSize(1024 * 1024 - 1, 'en-GB')).toBe('1 MB');
  });

  it('follows the locale', () => {
    expect(formatFileSize(2.4 * 1024 * 1024, 'nl-NL')).toBe('2,4 MB');
  });

  it('treats a negative size as none', () => {
    expect(formatFileSize(-5, 'en-GB')).toBe('0 bytes');
  });
});
