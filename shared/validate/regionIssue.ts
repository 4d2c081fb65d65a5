import { warning } from './issues';
import { dottedRegionCode, regionLevelOf } from './regionCode';
import type { RegionTable } from './regions';
import type { Issue } from './types';

/** What the NIK and No. KK checks need from a region table. */
export type RegionCheck = Pick<RegionTable, 'hasDistrict' | 'lookup'>;

/**
 * A warning (never an error: codes change when regions split) naming the first level of the
 * 6-digit region part that the table does not know; undefined when all are known or no table.
 */
export function unknownRegionWarning(
  field: string,
  code: 'nik.regionUnknown' | 'kk.regionUnknown',
  districtCode: string,
  regions: RegionCheck | undefined,
): Issue | undefined {
  if (regions === undefined || regions.hasDistrict(districtCode)) return undefined;
  const missing =
    [districtCode.slice(0, 2), districtCode.slice(0, 4)].find(
      (prefix) => regions.lookup(prefix) === undefined,
    ) ?? districtCode;
  return warning(field, code, { code: dottedRegionCode(missing), level: regionLevelOf(missing) });
}
