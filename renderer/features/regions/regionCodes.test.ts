import { describe, expect, it } from 'vitest';
import { codesFrom, noRegion, setRegionLevel } from './regionCodes';

describe('setRegionLevel', () => {
  const full = codesFrom('1372012001');

  it('clears the levels below the one changed', () => {
    expect(setRegionLevel(full, 'regency', '1371')).toEqual({
      ...noRegion,
      provinceCode: '13',
      regencyCode: '1371',
    });
    expect(setRegionLevel(full, 'village', '1372012002')).toEqual({
      ...full,
      villageCode: '1372012002',
    });
  });
});

describe('codesFrom', () => {
  it('splits a code into its levels', () => {
    expect(codesFrom('1372')).toEqual({ ...noRegion, provinceCode: '13', regencyCode: '1372' });
    expect(codesFrom('1372012001')).toEqual({
      provinceCode: '13',
      regencyCode: '1372',
      districtCode: '137201',
      villageCode: '1372012001',
    });
  });
});
