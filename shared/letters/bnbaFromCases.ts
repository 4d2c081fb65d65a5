import type { CaseRecord, PersonRecord } from '../cases/records';
import type { RegionTable } from '../validate/regions';
import type { BnbaRow } from './kinds/rekapBnba';
import { letterLabels } from './labels';

/** One case of the month's list as a BNBA row: the subject, the registry, the BPJS card. */
export function bnbaRowOf(
  caseRecord: CaseRecord,
  subject: PersonRecord,
  regions?: Pick<RegionTable, 'lookup'>,
): BnbaRow {
  const { address } = subject;
  const rtRw = letterLabels.address.rtRw(address.rt, address.rw);
  const registry = caseRecord.registry?.listed ? caseRecord.registry : undefined;
  return {
    ...(subject.nik ? { nik: subject.nik } : {}),
    ...(subject.kk ? { kk: subject.kk } : {}),
    name: subject.name,
    sex: subject.sex,
    birthDate: subject.birthDate,
    address: [address.street, rtRw].filter(Boolean).join(', '),
    village: regions?.lookup(address.villageCode)?.name ?? address.villageCode,
    ...(registry
      ? { registry: letterLabels.registry.short(registry.registry, registry.decile) }
      : {}),
    ...(caseRecord.bpjs?.cardNumber ? { cardNumber: caseRecord.bpjs.cardNumber } : {}),
    ...(caseRecord.bpjs ? { segment: letterLabels.segmentsShort[caseRecord.bpjs.segment] } : {}),
    ...(caseRecord.letterNumber ? { letterNumber: caseRecord.letterNumber } : {}),
  };
}
