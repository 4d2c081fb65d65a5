import type { RegionLevel } from '../../../shared/validate';

/** The four undotted codes a picker holds; `''` where nothing is chosen yet. */
export interface RegionCodes {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  villageCode: string;
}

export const noRegion: RegionCodes = {
  provinceCode: '',
  regencyCode: '',
  districtCode: '',
  villageCode: '',
};

const order: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

/** The field of `RegionCodes` holding a level. */
export const levelKey = (level: RegionLevel) => `${level}Code` as const;

/** Sets one level and clears the levels below it (a new regency has other districts). */
export function setRegionLevel(codes: RegionCodes, level: RegionLevel, code: string): RegionCodes {
  const next = { ...codes, [levelKey(level)]: code };
  for (const below of order.slice(order.indexOf(level) + 1)) next[levelKey(below)] = '';
  return next;
}

/** The levels down to an undotted code of any level (`137201` → province, regency, district). */
export function codesFrom(code: string): RegionCodes {
  return {
    provinceCode: code.slice(0, 2),
    regencyCode: code.length >= 4 ? code.slice(0, 4) : '',
    districtCode: code.length >= 6 ? code.slice(0, 6) : '',
    villageCode: code.length >= 10 ? code.slice(0, 10) : '',
  };
}
