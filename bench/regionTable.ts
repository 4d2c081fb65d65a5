// The real region asset for benchmarks (built first if missing).
import { readFileSync } from 'node:fs';
import { ensureRegionAsset } from '../scripts/regionAsset';
import type { RegionAsset } from '../shared/validate/regionAsset';
import { createRegionTable, type Region, type RegionTable } from '../shared/validate/regions';

export const regionAssetPath = ensureRegionAsset();

export function readRegionAssetText(): string {
  return readFileSync(regionAssetPath, 'utf8');
}

export function loadRegionTable(): RegionTable {
  const asset: RegionAsset = JSON.parse(readRegionAssetText());
  return createRegionTable(asset);
}

/** Every region below `parentCode`, depth first (decodes every list on the way). */
export function allRegions(table: RegionTable, parentCode = ''): Region[] {
  return table
    .children(parentCode)
    .flatMap((region) => [region, ...allRegions(table, region.code)]);
}
