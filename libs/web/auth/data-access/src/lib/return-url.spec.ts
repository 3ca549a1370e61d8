import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each(['/', '/about', '/communities/open-data?tab=threads#latest'])(
    'keeps the in-app path %s',
    (url) => {
      expect(safeReturnUrl(url)).toBe(url);
    },
  );

  it.each([
    undefined,
    null,
    42,
    '',
    'about',
    '//evil.example/path',
    'https://evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '/about\nx',
    '/sign-in',
    '/sign-in?returnUrl=/about',
  ])('replaces %p with /', (url) => {
    expect(safeReturnUrl(url)).toBe('/');
  });
});
