import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRegionTable, type Region, type RegionAsset } from '../../../shared/validate';
import { testRegionAsset } from '../../../shared/validate/regionFixture';
import { exactRegion, filterRegions, normalizeForSearch } from './filterRegions';

const region = (code: string, name: string): Region => ({
  code,
  name,
  level: 'regency',
  parentCode: code.slice(0, 2),
});

const sumbar = [
  region('1301', 'Kabupaten Pesisir Selatan'),
  region('1302', 'Kabupaten Solok'),
  region('1311', 'Kabupaten Solok Selatan'),
  region('1371', 'Kota Padang'),
  region('1372', 'Kota Solok'),
  region('1374', 'Kota Padang Panjang'),
];

const names = (regions: readonly Region[]) => regions.map((r) => r.name);

describe('normalizeForSearch', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeForSearch('  Kab.  Pidië–Jaya ')).toBe('kab pidie jaya');
  });
});

describe('filterRegions', () => {
  it('returns everything, in order, for an empty query', () => {
    expect(filterRegions(sumbar, '  ')).toEqual(sumbar);
  });

  it('puts names that start with the query before words that do', () => {
    expect(names(filterRegions(sumbar, 'kota'))).toEqual([
      'Kota Padang',
      'Kota Solok',
      'Kota Padang Panjang',
    ]);
    expect(names(filterRegions(sumbar, 'solok'))).toEqual([
      'Kabupaten Solok',
      'Kabupaten Solok Selatan',
      'Kota Solok',
    ]);
  });

  it('matches word starts in any order', () => {
    expect(names(filterRegions(sumbar, 'kab sol'))).toEqual([
      'Kabupaten Solok',
      'Kabupaten Solok Selatan',
    ]);
    expect(names(filterRegions(sumbar, 'selatan kab'))).toEqual([
      'Kabupaten Pesisir Selatan',
      'Kabupaten Solok Selatan',
    ]);
    expect(names(filterRegions(sumbar, 'kab. solok-sel'))).toEqual(['Kabupaten Solok Selatan']);
  });

  it('falls back to a match inside a word', () => {
    expect(names(filterRegions(sumbar, 'lok sel'))).toEqual(['Kabupaten Solok Selatan']);
    expect(names(filterRegions(sumbar, 'xyz'))).toEqual([]);
    expect(names(filterRegions(sumbar, 'dang pan'))).toEqual(['Kota Padang Panjang']);
  });

  it('finds by code, dotted or not', () => {
    expect(names(filterRegions(sumbar, '1372'))).toEqual(['Kota Solok']);
    expect(names(filterRegions(sumbar, '13.7'))).toEqual([
      'Kota Padang',
      'Kota Solok',
      'Kota Padang Panjang',
    ]);
  });

  it('works on a table built from the shipped format', () => {
    const table = createRegionTable(testRegionAsset);
    expect(names(filterRegions(table.children('1101'), '19'))).toEqual([]);
    expect(names(filterRegions(table.children('1101'), 'nop'))).toEqual(['19 Nopember']);
    expect(names(filterRegions(table.children('110101'), 'ujong'))).toEqual(['Ujong Mangki']);
  });
});

describe('exactRegion', () => {
  it('takes a name typed in full, in any case', () => {
    expect(exactRegion(sumbar, 'kota solok')?.code).toBe('1372');
    expect(exactRegion(sumbar, 'solok')).toBeUndefined();
  });
});

describe('on the generated table', () => {
  const path = new URL('../../../assets/generated/regions.json', import.meta.url);
  let asset: RegionAsset | undefined;
  try {
    asset = JSON.parse(readFileSync(path, 'utf8')) as RegionAsset;
  } catch {
    asset = undefined;
  }

  it.skipIf(asset === undefined)('finds Kota Solok and its villages', () => {
    const table = createRegionTable(asset as RegionAsset);
    const regencies = table.children('13');
    expect(filterRegions(regencies, 'kota sol')[0]?.code).toBe('1372');
    const districts = table.children('1372');
    expect(names(filterRegions(districts, 'lubuk'))).toEqual(['Lubuk Sikarah']);
    expect(names(filterRegions(table.children('137201'), 'ix')).at(0)).toBe('IX Korong');
  });
});
