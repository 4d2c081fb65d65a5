// Test-only: a fresh database per test and realistic command payloads for it. Tests import
// `fake-indexeddb/auto` themselves.
import { uuidv7 } from 'uuidv7';
import type { CaseRegisterPayload } from '../../shared/commands/caseRegister';
import type { Priority } from '../../shared/cases/records';
import { officeById } from '../../shared/standards/catalog';
import { seedCatalog } from '../../shared/standards/seeds';
import { buildKk, buildNik } from '../../shared/validate';
import type { Actor } from '../../shared/workflow/types';
import { LoketDb } from './database';
import type { ExecuteContext } from './executeCommand';

export const catalog = seedCatalog();
export const fo: Actor = { userId: 'fo-ani', roles: ['fo'] };
export const bo: Actor = { userId: 'bo-budi', roles: ['bo'] };

/** A database of its own for each test (fake-indexeddb keeps them apart by name). */
export const freshDb = (): LoketDb => new LoketDb(`loket-test-${uuidv7()}`);

export const OFFICE_ID = 'dinsos-tanggamus';
export const SERVICE_CODE = 'REK-PBPU-PEMDA';

export function contextAt(iso: string, actor: Actor = fo, officeId = OFFICE_ID): ExecuteContext {
  return {
    actor,
    deviceId: 'device-test',
    now: new Date(iso),
    catalog,
    office: officeById(catalog, officeId),
  };
}

export interface PersonSpec {
  name: string;
  serial: string;
  priority?: Priority;
  birthDate?: string;
  sex?: 'male' | 'female';
  /** Kecamatan Kota Agung, Tanggamus. */
  districtCode?: string;
}

/** `case.register` for someone registering for themselves at the Tanggamus counter. */
export function registerPayload(spec: PersonSpec): CaseRegisterPayload {
  const { districtCode = '180601', birthDate = '1985-03-12', sex = 'female' } = spec;
  const personId = uuidv7();
  return {
    caseId: uuidv7(),
    applicantId: personId,
    subjectId: personId,
    officeId: OFFICE_ID,
    serviceCode: SERVICE_CODE,
    trackId: 'utama',
    priority: spec.priority ?? 'none',
    relationship: 'self',
    applicant: {
      nik: buildNik({ districtCode, birthDate, sex, serial: spec.serial }),
      kk: buildKk({ districtCode, issueDate: '2015-06-01', serial: spec.serial }),
      name: spec.name,
      birthPlace: 'Kota Agung',
      birthDate,
      sex,
      address: { street: 'Jl. Merdeka No. 12', rt: '003', rw: '001', villageCode: '18.06.01.2001' },
      phone: '0812-3456-7890',
    },
  };
}

/** Every row of every table, to show that a refused or failed command wrote nothing. */
export async function snapshot(db: LoketDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}
