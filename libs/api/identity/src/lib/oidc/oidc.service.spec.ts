import { safeReturnPath } from './oidc.service';

describe('safeReturnPath', () => {
  it('keeps paths inside the app', () => {
    expect(safeReturnPath('/communities/open-data?tab=threads')).toBe('/communities/open-data?tab=threads');
  });

  it('sends anything else home', () => {
    for (const value of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'communities', '/a\nb', `/${'x'.repeat(600)}`, undefined, ['/a']]) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });
});
