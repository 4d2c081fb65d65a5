import { describe, expect, it } from 'vitest';
import { REGION_ASSET_FORMAT, type RegionAsset } from './regionAsset';
import { testRegionAsset } from './regionFixture';
import { createRegionTable } from './regions';

describe('createRegionTable', () => {
  const table = createRegionTable(testRegionAsset);

  it('looks up every level, dotted or not', () => {
    expect(table.lookup('11')).toEqual({
      code: '11',
      name: 'Aceh',
      level: 'province',
      parentCode: '',
    });
    expect(table.lookup('11.71')).toEqual({
      code: '1171',
      name: 'Kota Banda Aceh',
      level: 'regency',
      parentCode: '11',
    });
    expect(table.lookup('110103')?.name).toBe('19 Nopember');
    expect(table.lookup('11.01.01.2015')).toEqual({
      code: '1101012015',
      name: 'Darul Ikhsan',
      level: 'village',
      parentCode: '110101',
    });
    expect(table.lookup('1101012002')?.name).toBe('Ujong Mangki');
  });

  it('returns undefined for unknown or malformed codes', () => {
    for (const code of ['99', '1199', '110199', '1101012003', '9901012001', '11.0', '', 'abc']) {
      expect(table.lookup(code)).toBeUndefined();
    }
  });

  it('lists children for cascading pickers', () => {
    expect(table.children('').map((region) => region.name)).toEqual(['Aceh', 'Jawa Barat']);
    expect(table.children('32').map((region) => region.code)).toEqual(['3201', '3273']);
    expect(table.children('11.01').map((region) => region.name)).toEqual([
      'Bakongan',
      'Kluet Utara',
      '19 Nopember',
    ]);
    expect(table.children('110101').map((region) => region.code)).toEqual([
      '1101012001',
      '1101012002',
      '1101012015',
    ]);
    expect(table.children('1101012001')).toEqual([]);
    expect(table.children('99')).toEqual([]);
    expect(table.children('x')).toEqual([]);
  });

  it('answers the NIK region check', () => {
    expect(table.hasDistrict('110101')).toBe(true);
    expect(table.hasDistrict('11.01.01')).toBe(false);
    expect(table.hasDistrict('110199')).toBe(false);
    expect(table.hasDistrict('1101')).toBe(false);
  });

  it('returns the same objects on every call', () => {
    expect(table.lookup('1101012001')).toBe(table.children('110101')[0]);
  });

  it('refuses an asset of another format', () => {
    expect(REGION_ASSET_FORMAT).toBe('loket-regions/1');
    const loaded: RegionAsset = JSON.parse(JSON.stringify({ ...testRegionAsset, format: 'other' }));
    expect(() => createRegionTable(loaded)).toThrow(/format/);
  });
});
