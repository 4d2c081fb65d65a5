// Test fixture: a tiny region asset in the shipped format, for unit tests that should not
// depend on the generated table (the real one is tested in scripts/regionAsset.test.ts).
import {
  encodeChildren,
  REGION_ASSET_FORMAT,
  type ChildEntry,
  type RegionAsset,
} from './regionAsset';
import { childSuffixWidth } from './regionCode';

const tree: Record<string, Array<[string, string]>> = {
  '': [
    ['11', 'Aceh'],
    ['32', 'Jawa Barat'],
  ],
  '11': [
    ['01', 'Kabupaten Aceh Selatan'],
    ['71', 'Kota Banda Aceh'],
  ],
  '32': [
    ['01', 'Kabupaten Bogor'],
    ['73', 'Kota Bandung'],
  ],
  '1101': [
    ['01', 'Bakongan'],
    ['02', 'Kluet Utara'],
    ['03', '19 Nopember'],
  ],
  '3201': [['01', 'Cibinong']],
  '3273': [['01', 'Sukasari']],
  '110101': [
    ['2001', 'Keude Bakongan'],
    ['2002', 'Ujong Mangki'],
    ['2015', 'Darul Ikhsan'],
  ],
};

const entries = (pairs: Array<[string, string]>): ChildEntry[] =>
  pairs.map(([suffix, name]) => ({ suffix, name }));

export const testRegionAsset: RegionAsset = {
  format: REGION_ASSET_FORMAT,
  source: {
    package: 'test',
    version: '0',
    license: 'ODbL-1.0',
    homepage: 'https://example.invalid',
  },
  counts: { provinces: 2, regencies: 4, districts: 5, villages: 3 },
  children: Object.fromEntries(
    Object.entries(tree).map(([parent, pairs]) => [
      parent,
      encodeChildren(entries(pairs), childSuffixWidth(parent)),
    ]),
  ),
};
