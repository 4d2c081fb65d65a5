import type { Address } from '../../../shared/cases/records';
import type { RegionTable } from '../../../shared/validate';
import { caseLabels } from './labels';

/**
 * An address as three lines: street with RT/RW, village and district, regency and
 * province. Without the region table (still loading) the village code stands in.
 */
export function addressLines(address: Address, regions?: Pick<RegionTable, 'lookup'>): string[] {
  const street = [address.street];
  if (address.rt || address.rw) street.push(caseLabels.person.rtRw(address.rt, address.rw));
  const village = regions?.lookup(address.villageCode);
  if (!village || !regions)
    return [street.join(', '), caseLabels.address.code(address.villageCode)];
  const district = regions.lookup(village.parentCode);
  const regency = district ? regions.lookup(district.parentCode) : undefined;
  const province = regency ? regions.lookup(regency.parentCode) : undefined;
  const lines = [street.join(', ')];
  lines.push(
    [village.name, district ? caseLabels.address.district(district.name) : undefined]
      .filter(Boolean)
      .join(', '),
  );
  const upper = [regency?.name, province?.name].filter(Boolean).join(', ');
  if (upper) lines.push(upper);
  return lines;
}
