// Region table over the compact asset: lookups by code and children for cascading pickers.
// Children are decoded per parent on first use, so loading costs one JSON.parse.
import { decodeChildren, REGION_ASSET_FORMAT, type RegionAsset } from './regionAsset';
import {
  childSuffixWidth,
  normalizeRegionCode,
  parentRegionCode,
  regionLevelOf,
  type RegionLevel,
} from './regionCode';

export type Region = {
  /** Undotted code, e.g. `1101012001`. */
  code: string;
  name: string;
  level: RegionLevel;
  /** Undotted parent code; `''` for a province. */
  parentCode: string;
};

export type RegionTable = {
  source: RegionAsset['source'];
  counts: RegionAsset['counts'];
  /** Any level, dotted (`11.01.01`) or undotted (`110101`). */
  lookup(code: string): Region | undefined;
  /** Children of a region (dotted or undotted); `''` gives the provinces. Unknown code: `[]`. */
  children(parentCode: string): readonly Region[];
  /** Whether the 6-digit district code (the region part of a NIK or No. KK) exists. */
  hasDistrict(code6: string): boolean;
};

type Siblings = { list: readonly Region[]; byCode: ReadonlyMap<string, Region> };

const noSiblings: Siblings = { list: [], byCode: new Map() };

export function createRegionTable(asset: RegionAsset): RegionTable {
  if (asset.format !== REGION_ASSET_FORMAT) {
    throw new RangeError(`Unsupported region asset format: ${String(asset.format)}`);
  }
  const decoded = new Map<string, Siblings>();

  function siblingsUnder(parentCode: string): Siblings {
    const cached = decoded.get(parentCode);
    if (cached !== undefined) return cached;
    const text = asset.children[parentCode];
    if (text === undefined) return noSiblings;
    const list = decodeChildren(text, childSuffixWidth(parentCode)).map(({ suffix, name }) => {
      const code = parentCode + suffix;
      return { code, name, level: regionLevelOf(code), parentCode };
    });
    const siblings = { list, byCode: new Map(list.map((region) => [region.code, region])) };
    decoded.set(parentCode, siblings);
    return siblings;
  }

  function lookup(code: string): Region | undefined {
    const normalized = normalizeRegionCode(code);
    if (normalized === undefined) return undefined;
    return siblingsUnder(parentRegionCode(normalized)).byCode.get(normalized);
  }

  return {
    source: asset.source,
    counts: asset.counts,
    lookup,
    children(parentCode) {
      if (parentCode === '') return siblingsUnder('').list;
      const normalized = normalizeRegionCode(parentCode);
      if (normalized === undefined || regionLevelOf(normalized) === 'village') return [];
      return siblingsUnder(normalized).list;
    },
    hasDistrict(code6) {
      return /^\d{6}$/.test(code6) && lookup(code6) !== undefined;
    },
  };
}
