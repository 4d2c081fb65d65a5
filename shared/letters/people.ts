import type { Address, PersonRecord } from '../cases/records';
import type { RegionTable } from '../validate/regions';
import { letterLabels } from './labels';
import type { LetterPerson } from './types';

const words = letterLabels.address;

/**
 * An address in one line, the way letters write it: street, RT/RW, village, district,
 * regency, province. Kemendagri village codes tell a kelurahan (suffix 1xxx) from a desa
 * (2xxx). Without the region table only the street and RT/RW are written.
 */
export function addressText(address: Address, regions?: Pick<RegionTable, 'lookup'>): string {
  const [province, regency, district, village] = address.villageCode.split('.');
  const codes = [province, `${province}.${regency}`, `${province}.${regency}.${district}`];
  const name = (code: string) => regions?.lookup(code)?.name;
  const villageName = name(address.villageCode);
  const districtName = name(codes[2] ?? '');
  const provinceName = name(codes[0] ?? '');
  return [
    address.street.trim(),
    words.rtRw(address.rt, address.rw),
    villageName ? `${village?.startsWith('1') ? words.kelurahan : words.desa} ${villageName}` : '',
    districtName ? `${words.district} ${districtName}` : '',
    name(codes[1] ?? '') ?? '',
    provinceName ? `${words.province} ${provinceName}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** A person record as the letters print it. */
export function letterPersonOf(
  person: PersonRecord,
  regions?: Pick<RegionTable, 'lookup'>,
): LetterPerson {
  return {
    name: person.name,
    ...(person.nik ? { nik: person.nik } : {}),
    ...(person.kk ? { kk: person.kk } : {}),
    ...(person.birthPlace ? { birthPlace: person.birthPlace } : {}),
    birthDate: person.birthDate,
    sex: person.sex,
    address: addressText(person.address, regions),
  };
}
