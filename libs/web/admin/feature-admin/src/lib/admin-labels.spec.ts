import { formatDateTime } from './admin-labels';

describe('admin labels', () => {
  it('formats a date and time in the interface language', () => {
    const iso = '2026-11-03T13:05:00Z';
    expect(formatDateTime(iso, 'en')).toContain('2026');
    expect(formatDateTime(iso, 'nl')).toContain('nov');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
