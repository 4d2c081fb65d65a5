// Test-only: an in-memory stand-in for the Dexie executor. Each command is parsed,
// given the case and documents its `needs` name, run, and its changes are written
// back, so the next command sees them as `current`.
import { uuidv7 } from 'uuidv7';
import type { LetterRecord } from '../cases/letterRecord';
import type { CaseRecord, DocumentRecord, PersonInput, PersonRecord } from '../cases/records';
import type { OfficeProfile } from '../office/profile';
import { officeById } from '../standards/catalog';
import type { Office } from '../standards/schema';
import { seedCatalog } from '../standards/seeds';
import type { UserRecord } from '../users/user';
import { buildKk } from '../validate/kk';
import { buildNik } from '../validate/nik';
import type { Actor, StaffRole } from '../workflow/types';
import { parseCommand } from './registry';
import type { CommandContext, CommandResult } from './types';

export const catalog = seedCatalog();

export const staff = (userId: string, roles: StaffRole[], positions?: string[]): Actor => ({
  userId,
  roles,
  ...(positions ? { positions } : {}),
});
export const fo = staff('fo-ani', ['fo']);
export const bo = staff('bo-budi', ['bo']);
export const admin = staff('admin-citra', ['admin']);

export interface Harness {
  readonly cases: Map<string, CaseRecord>;
  readonly persons: Map<string, PersonRecord>;
  readonly documents: Map<string, DocumentRecord>;
  readonly users: Map<string, UserRecord>;
  readonly letters: Map<string, LetterRecord>;
  /** The last profile an `office.updateProfile` stored. */
  profile(): OfficeProfile | undefined;
  /** Runs the next commands under this office profile instead of the catalog's office. */
  useOffice(profile: OfficeProfile): void;
  /** Runs a command as `actor`; the clock moves one minute per command unless `at` is given. */
  run(type: string, payload: unknown, actor: Actor, at?: Date): CommandResult;
  /** Like `run`, for a command that must succeed; throws with the error codes otherwise. */
  must(
    type: string,
    payload: unknown,
    actor: Actor,
    at?: Date,
  ): Extract<CommandResult, { ok: true }>;
  caseOf(caseId: string): CaseRecord;
  documentsOf(caseId: string): DocumentRecord[];
  /** The instant the next command runs at. */
  peek(): Date;
  /** Every command that succeeded, in order, as a counter's outbox would hold it. */
  readonly journal: JournalEntry[];
}

export interface JournalEntry {
  type: string;
  /** As the command's schema parsed it. */
  payload: unknown;
  actor: Actor;
  at: Date;
}

export function createHarness(officeId: string, startIso: string): Harness {
  let office: Office = officeById(catalog, officeId);
  const cases = new Map<string, CaseRecord>();
  const persons = new Map<string, PersonRecord>();
  const documents = new Map<string, DocumentRecord>();
  const users = new Map<string, UserRecord>();
  const letters = new Map<string, LetterRecord>();
  let profile: OfficeProfile | undefined;
  let next = new Date(startIso).getTime();
  const journal: JournalEntry[] = [];
  const documentsOf = (caseId: string) =>
    [...documents.values()].filter((document) => document.caseId === caseId);

  const run = (type: string, payload: unknown, actor: Actor, at?: Date): CommandResult => {
    const now = at ?? new Date(next);
    if (!at) next += 60_000;
    const parsed = parseCommand(type, payload);
    if (!parsed.ok) return parsed;
    const caseId = parsed.needs.caseId;
    const current = caseId === undefined ? undefined : cases.get(caseId);
    const context: CommandContext = {
      actor,
      deviceId: 'device-test',
      now,
      catalog,
      office,
    };
    const result = parsed.run(
      {
        ...(current ? { current } : {}),
        documents: caseId ? documentsOf(caseId) : [],
        ...(parsed.needs.users ? { users: [...users.values()] } : {}),
      },
      context,
    );
    if (result.ok) {
      journal.push({ type: parsed.type, payload: parsed.payload, actor, at: now });
      for (const record of result.changes.cases ?? []) cases.set(record.id, record);
      for (const record of result.changes.persons ?? []) persons.set(record.id, record);
      for (const record of result.changes.documents ?? []) documents.set(record.id, record);
      for (const record of result.changes.users ?? []) users.set(record.id, record);
      for (const record of result.changes.letters ?? []) letters.set(record.id, record);
      profile = result.changes.officeProfile ?? profile;
    }
    return result;
  };

  return {
    cases,
    persons,
    documents,
    users,
    letters,
    profile: () => profile,
    useOffice(next) {
      office = next;
    },
    run,
    must(type, payload, actor, at) {
      const result = run(type, payload, actor, at);
      if (!result.ok) {
        const codes = result.errors.map(
          (error) => `${error.code} ${error.field ?? ''}: ${error.message}`,
        );
        throw new Error(`${type} failed: ${codes.join('; ')}`);
      }
      return result;
    },
    caseOf(caseId) {
      const record = cases.get(caseId);
      if (!record) throw new Error(`no case ${caseId}`);
      return record;
    },
    documentsOf,
    peek: () => new Date(next),
    journal,
  };
}

/** A person as the clerk types them, with a NIK and No. KK that agree with the data. */
export function personInput(
  districtCode: string,
  overrides: Partial<PersonInput> & { serial?: string } = {},
): PersonInput {
  const { serial = '0001', ...rest } = overrides;
  const birthDate = rest.birthDate ?? '1985-03-12';
  const sex = rest.sex ?? 'female';
  return {
    nik: buildNik({ districtCode, birthDate, sex, serial }),
    kk: buildKk({ districtCode, issueDate: '2015-06-01', serial: '0042' }),
    name: 'Siti Aminah',
    birthPlace: 'Bulukumba',
    birthDate,
    sex,
    address: {
      street: 'Jl. Serikaya No. 3',
      rt: '002',
      rw: '001',
      villageCode: `${districtCode.slice(0, 2)}.${districtCode.slice(2, 4)}.${districtCode.slice(4, 6)}.2001`,
    },
    phone: '0812-3456-7890',
    ...rest,
  };
}

/** A `case.register` payload for someone registering for themselves. */
export function registerPayload(
  officeId: string,
  serviceCode: string,
  districtCode: string,
  overrides: Record<string, unknown> = {},
) {
  const personId = uuidv7();
  return {
    caseId: uuidv7(),
    applicantId: personId,
    subjectId: personId,
    officeId,
    serviceCode,
    trackId: 'utama',
    priority: 'none',
    relationship: 'self',
    applicant: personInput(districtCode),
    ...overrides,
  };
}

/** A 64-hex sha256, as a blob id for a scan. */
export const sha = (seed: string) => seed.repeat(64).slice(0, 64);
