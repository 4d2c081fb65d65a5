// Databases as older releases wrote them, for the tests of upgrades and of restoring their
// backups: rows made by the real commands, then given the shape those releases stored.
import { Dexie } from 'dexie';
import type { Priority } from '../../shared/cases/records';
import { executeCommand } from './executeCommand';
import { contextAt, freshDb, registerPayload, snapshot } from './fixtures.test-helpers';
import type { StoredCase } from './rows';
import { caseRecordOf } from './storedCase';

// The schema of version 1 exactly as the first release wrote it to disk.
export const v1Stores = {
  cases:
    'id, status, priority, serviceCode, dueAt, updatedAt, subjectNik, subjectKk, subjectNameKey, letterNumber, turnRole, month, [turnRole+status]',
  persons: 'id, nik, kk, nameKey',
  documents: 'id, caseId',
  blobs: 'id, caseId, createdAt',
  letters: 'id, caseId, letterNumber',
  complaints: 'id, caseId, status, createdAt',
  audit: 'id, caseId, at, userId, [caseId+at]',
  outbox: 'opId, &seq, status, [status+seq]',
  meta: 'key',
  users: 'id, nip, *roles',
};

export const at = (minute: number) => `2026-07-20T09:${String(minute).padStart(2, '0')}:00+07:00`;

/**
 * Rows as version 1 stored them: made by the real commands (four registrations, one case
 * moved on to the back office, one with its papers returned so it has no due time), then
 * stripped of the keys version 2 adds.
 */
export async function oldRows(): Promise<Record<string, unknown[]>> {
  const scratch = freshDb();
  const people: Array<[string, Priority]> = [
    ['Siti Aminah', 'none'],
    ['Wayan Sudirta', 'emergency'],
    ['Hj. Ratna Dewi', 'chronic'],
    ['Yohanes Lado', 'childbirth'],
  ];
  const ids: string[] = [];
  for (const [index, [name, priority]] of people.entries()) {
    const payload = registerPayload({ name, priority, serial: `000${index + 1}` });
    ids.push(payload.caseId);
    await executeCommand(scratch, 'case.register', payload, contextAt(at(index)));
  }
  const papers = (missing: string[]) =>
    ['fotokopiKk', 'fotokopiKtp', 'keteranganSakit'].map((requirementId) => ({
      requirementId,
      status: missing.includes(requirementId) ? 'missing' : 'present',
    }));
  const [first = '', second = ''] = ids;
  await executeCommand(
    scratch,
    'case.checkDocuments',
    { caseId: first, documents: papers([]) },
    contextAt(at(10)),
  );
  await executeCommand(
    scratch,
    'case.checkDocuments',
    { caseId: second, documents: papers(['keteranganSakit']) },
    contextAt(at(11)),
  );
  await executeCommand(
    scratch,
    'case.returnDocuments',
    { caseId: second, missing: ['keteranganSakit'] },
    contextAt(at(12)),
  );
  const rows = await snapshot(scratch);
  await scratch.delete();
  return { ...rows, cases: (rows.cases as StoredCase[]).map(caseRecordOf) };
}

export async function writeVersion1(name: string, rows: Record<string, unknown[]>): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(v1Stores);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const table of v1.tables) await table.bulkAdd(rows[table.name] ?? []);
  });
  v1.close();
}
