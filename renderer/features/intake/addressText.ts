import type { RegionTable } from '../../../shared/validate';
import { dottedRegionCode } from '../../../shared/validate';
import type { AddressDraft } from './draft';
import { intakeLabels } from './labels';

const words = intakeLabels.address;

/**
 * An address in one line, the way letters write it: street, RT/RW, village, district, regency,
 * province. Kemendagri village codes tell a kelurahan (suffix 1xxx) from a desa (2xxx).
 */
export function addressText(address: AddressDraft, regions?: Pick<RegionTable, 'lookup'>): string {
  const name = (code: string) => (code ? regions?.lookup(code)?.name : undefined);
  const rtRw = [
    address.rt.trim() ? `${words.rt} ${address.rt.trim()}` : '',
    address.rw.trim() ? `${words.rw} ${address.rw.trim()}` : '',
  ]
    .filter(Boolean)
    .join('/');
  const village = name(address.villageCode);
  const villageWord = address.villageCode.charAt(6) === '1' ? words.kelurahan : words.desa;
  const district = name(address.districtCode);
  const parts = [
    address.street.trim(),
    rtRw,
    village ? `${villageWord} ${village}` : '',
    district ? `${words.district} ${district}` : '',
    name(address.regencyCode) ?? '',
    name(address.provinceCode) ? `${words.province} ${name(address.provinceCode)}` : '',
  ];
  if (!village && address.villageCode) parts.push(dottedRegionCode(address.villageCode));
  return parts.filter(Boolean).join(', ');
}
