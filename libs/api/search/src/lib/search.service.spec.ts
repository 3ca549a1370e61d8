import { trigramText } from './search.service';

describe('trigramText', () => {
  it('compares titles for plain queries of four characters or more', () => {
    expect(trigramText('Bürgerämter')).toBe('Bürgerämter');
    expect(trigramText('parkng permts')).toBe('parkng permts');
    expect(trigramText('e-government')).toBe('e-government');
  });

  it('leaves titles alone for short queries and queries with operators', () => {
    expect(trigramText('eid')).toBeNull();
    expect(trigramText('"parking permit"')).toBeNull();
    expect(trigramText('parking -fees')).toBeNull();
    expect(trigramText('parking or permits')).toBeNull();
  });
});
