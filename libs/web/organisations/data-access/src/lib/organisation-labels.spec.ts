import { safeWebsite } from './organisation-labels';

describe('safeWebsite', () => {
  it.each([
    ['https://groningen.example.org', 'https://groningen.example.org/'],
    ['http://example.org/path?x=1', 'http://example.org/path?x=1'],
  ])('keeps the web address %s', (url, href) => {
    expect(safeWebsite(url)).toBe(href);
  });

  it.each([
    null,
    '',
    'javascript:alert(1)',
    'ftp://example.org',
    'not a url',
    'data:text/html,hi',
  ])('refuses %p', (url) => {
    expect(safeWebsite(url)).toBeNull();
  });
});
