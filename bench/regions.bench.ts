import { gzipSync } from 'node:zlib';
import { pick, seededRandom } from '../shared/random';
import { allRegions, loadRegionTable, readRegionAssetText } from './regionTable';
import type { Benchmark } from './types';

const LOOKUPS = 100_000;
const text = readRegionAssetText();
const sizes = { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };

const warm = loadRegionTable();
const random = seededRandom(7);
const codes = allRegions(warm).map((region) => region.code);
const lookupCodes = Array.from({ length: LOOKUPS }, () => pick(random, codes));

export const benchmarks: Benchmark[] = [
  {
    name: 'regions: read + JSON.parse asset',
    run: () => {
      JSON.parse(readRegionAssetText());
      return { figures: sizes };
    },
  },
  {
    name: 'regions: load table + first village lookup (cold)',
    run: () => {
      const village = loadRegionTable().lookup('11.01.01.2001');
      if (village === undefined) throw new Error('village 11.01.01.2001 missing');
    },
  },
  {
    name: 'regions: 100k lookups, any level (warm)',
    ops: LOOKUPS,
    run: () => {
      let found = 0;
      for (const code of lookupCodes) if (warm.lookup(code) !== undefined) found += 1;
      return { figures: { found } };
    },
  },
  {
    name: 'regions: decode every picker list (cold)',
    run: () => ({ figures: { regions: allRegions(loadRegionTable()).length } }),
  },
];
