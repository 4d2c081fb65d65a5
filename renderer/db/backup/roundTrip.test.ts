// The "done when": backup → wipe → restore of a database of 10,000 cases with their
// scans, through the real pieces on both sides (the export here, main's writer with real gzip
// and age into a real folder, main's reader, the import), compared by counts and row hashes.
import 'fake-indexeddb/auto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '../../../shared/random';
import { LoketDb } from '../database';
import { freshDb } from '../fixtures.test-helpers';
import type { AuditRow, DocumentRecord, OutboxRow, PersonRecord, StoredCase } from '../rows';
import { seedCases, type SeedOptions } from '../seed/seedCases';
import { digestOf } from './backup.test-helpers';
import { exportDb } from './exportDb';
import { importDb, restoreChunks } from './importDb';

type Result<T> =
  { ok: true; value: T } | { ok: false; code: string; message: string; retryable: boolean };

/** The part of main's backup service (main/backup/backupService.ts) this test calls. */
interface BackupServiceLike {
  begin(office: string): Promise<Result<{ id: string }>>;
  chunk(id: string, bytes: Uint8Array): Promise<Result<null>>;
  finish(
    id: string,
  ): Promise<Result<{ fileName: string; bytes: number; counts: Record<string, number> }>>;
  openRestore(fileName: string): Promise<Result<{ id: string; counts: Record<string, number> }>>;
  readChunk(id: string): Promise<Result<Uint8Array | null>>;
  closeRestore(id: string): Promise<Result<null>>;
}

interface MainBackupHelpers {
  openTestBackupService(): Promise<{ service: BackupServiceLike; dir: string; dataDir: string }>;
}

/**
 * main/ is loaded by path: renderer code cannot import it under the project's type-check split
 * (scripts/seed-cases.ts loads the seed the same way from the other side).
 */
async function mainBackup(): Promise<MainBackupHelpers> {
  const path = '../../../main/backup/backup.test-helpers';
  return (await import(/* @vite-ignore */ path)) as MainBackupHelpers;
}

const office = 'dinsos-tanggamus';
const now = new Date('2026-07-20T10:00:00+07:00');
const villages: SeedOptions['villages'] = {
  '18.06': ['18.06.01.1001', '18.06.01.1002', '18.06.02.2012', '18.06.02.2015'],
  '13.09': ['13.09.01.2007', '13.09.01.2008', '13.09.02.2001'],
  '13.74': ['13.74.01.1001', '13.74.02.1002'],
  '13.72': ['13.72.01.1002', '13.72.02.1003'],
  '73.02': ['73.02.01.1001', '73.02.02.1002'],
};

/**
 * 10,000 cases: 35 walked by the real commands, then copies of them with fresh ids (the case,
 * its subject, its papers, an audit row and an outbox op each), a scan of 1–4 KB of seeded
 * noise per case, a letter for every tenth case, complaints and users. `multiplyCases` writes
 * the walks' every audit row and op for each copy, half again as many rows, which doubles the
 * test's time in fake-indexeddb for nothing the backup does differently. Rows the commands did
 * not write go in by table name: the backup does not look inside rows.
 */
async function seeded(): Promise<LoketDb> {
  const db = freshDb();
  await seedCases(db, { count: 35, villages, now, days: 240, seed: 7, mode: 'batch' });
  const [templates, persons, papers, audit, outbox] = await Promise.all([
    db.cases.toArray(),
    db.persons.toArray(),
    db.documents.toArray(),
    db.audit.toArray(),
    db.outbox.toArray(),
  ]);
  const personById = new Map(persons.map((person) => [person.id, person]));
  const opById = new Map(outbox.map((op) => [op.opId, op]));
  let seq = Math.max(...outbox.map((op) => op.seq));
  const copies = {
    cases: [] as StoredCase[],
    persons: [] as PersonRecord[],
    documents: [] as DocumentRecord[],
    audit: [] as AuditRow[],
    outbox: [] as OutboxRow[],
  };
  for (let index = templates.length; index < 10_000; index += 1) {
    const template = templates[index % templates.length];
    const subject = template && personById.get(template.subjectId);
    const row = template && audit.find((entry) => entry.caseId === template.id);
    const op = row && opById.get(row.opId);
    if (!template || !subject || !row || !op) throw new Error('the walk wrote less than expected');
    const caseId = uuidv7();
    const personId = uuidv7();
    const opId = uuidv7();
    copies.cases.push({
      ...structuredClone(template),
      id: caseId,
      applicantId: personId,
      subjectId: personId,
    });
    copies.persons.push({ ...subject, id: personId });
    for (const paper of papers.filter((entry) => entry.caseId === template.id)) {
      copies.documents.push({ ...paper, id: `${caseId}:${paper.requirementId}`, caseId });
    }
    copies.audit.push({ ...row, id: uuidv7(), opId, caseId });
    seq += 1;
    copies.outbox.push({ ...op, opId, seq });
  }
  await db.cases.bulkAdd(copies.cases);
  await db.persons.bulkAdd(copies.persons);
  await db.documents.bulkAdd(copies.documents);
  await db.audit.bulkAdd(copies.audit);
  await db.outbox.bulkAdd(copies.outbox);
  await db.meta.put({ key: 'outboxSeq', value: seq });
  const random = seededRandom(42);
  const cases = await db.cases.toCollection().primaryKeys();
  const createdAt = now.toISOString();
  await db.blobs.bulkAdd(
    cases.map((caseId, index) => {
      const bytes = Uint8Array.from({ length: randomInt(random, 1024, 4096) }, () =>
        randomInt(random, 0, 255),
      );
      return {
        id: index.toString(16).padStart(64, '0'),
        caseId,
        mime: 'image/jpeg',
        size: bytes.length,
        data: new Blob([bytes], { type: 'image/jpeg' }),
        createdAt,
      };
    }),
  );
  await db.table('letters').bulkAdd(
    cases
      .filter((_, index) => index % 10 === 0)
      .map((caseId, index) => ({
        id: `letter-${index}`,
        officeId: office,
        caseId,
        kind: 'rekomendasi',
        number: `400.9.11/${String(index + 1).padStart(4, '0')}/Dinsos/2026`,
        seq: index + 1,
        issuedOn: '2026-07-20',
        verification: { code: `CODE-${index}`, signature: 'x'.repeat(86) },
        pdf: { sha256: index.toString(16).padStart(64, '0'), size: 2048 },
      })),
  );
  await db
    .table('complaints')
    .bulkAdd(
      cases
        .slice(0, 50)
        .map((caseId, index) => ({ id: `complaint-${index}`, caseId, status: 'open', createdAt })),
    );
  await db.table('users').bulkAdd(
    ['fo-ani', 'bo-budi', 'kabid-citra', 'admin-dedi', 'fo-eka'].map((id, index) => ({
      id,
      nip: `19800101200501100${index}`,
      name: id,
      roles: [id.split('-')[0]],
      failedAttempts: 0,
      lockedUntil: null,
      active: index !== 4,
      createdAt,
      updatedAt: createdAt,
    })),
  );
  return db;
}

async function backUp(service: BackupServiceLike, db: LoketDb) {
  const begun = await service.begin(office);
  if (!begun.ok) throw new Error(begun.message);
  for await (const chunk of exportDb(db, office, { now })) {
    const sent = await service.chunk(begun.value.id, chunk);
    if (!sent.ok) throw new Error(sent.message);
  }
  const finished = await service.finish(begun.value.id);
  if (!finished.ok) throw new Error(finished.message);
  return finished.value;
}

async function restore(service: BackupServiceLike, db: LoketDb, fileName: string) {
  const opened = await service.openRestore(fileName);
  if (!opened.ok) return opened;
  try {
    return await importDb(
      db,
      restoreChunks(() => service.readChunk(opened.value.id)),
    );
  } finally {
    await service.closeRestore(opened.value.id);
  }
}

let main: Awaited<ReturnType<MainBackupHelpers['openTestBackupService']>>;
beforeAll(async () => {
  main = await (await mainBackup()).openTestBackupService();
});
afterAll(async () => {
  await rm(main.dir, { recursive: true, force: true });
  await rm(main.dataDir, { recursive: true, force: true });
});

describe('backup, wipe, restore', () => {
  it(
    'gives back a database of 10,000 cases with their scans exactly',
    { timeout: 180_000 },
    async () => {
      const started = performance.now();
      const db = await seeded();
      const before = await digestOf(db);
      const seededAt = performance.now();
      expect(before.cases?.count).toBe(10_000);
      expect(before.blobs?.count).toBe(10_000);
      for (const table of [
        'persons',
        'documents',
        'letters',
        'complaints',
        'audit',
        'outbox',
        'meta',
        'users',
      ]) {
        expect(before[table]?.count, table).toBeGreaterThan(0);
      }

      const written = await backUp(main.service, db);
      const backedUpAt = performance.now();
      expect(written.counts).toEqual(
        Object.fromEntries(Object.entries(before).map(([name, { count }]) => [name, count])),
      );

      const name = db.name;
      await db.delete();
      const wiped = new LoketDb(name);
      expect(await Promise.all(wiped.tables.map((table) => table.count()))).toEqual(
        wiped.tables.map(() => 0),
      );

      const restored = await restore(main.service, wiped, written.fileName);
      const restoredAt = performance.now();
      expect(restored).toMatchObject({ ok: true });
      expect(await digestOf(wiped)).toEqual(before);
      console.info(
        `round trip: seed ${Math.round(seededAt - started)} ms, backup ${Math.round(backedUpAt - seededAt)} ms ` +
          `(${written.bytes} bytes), restore ${Math.round(restoredAt - backedUpAt)} ms`,
      );
      await wiped.delete();
    },
  );
});

describe('a restore that must not happen', () => {
  /** A small database: the cases the commands walk, with a scan each. */
  async function small(): Promise<LoketDb> {
    const db = freshDb();
    await seedCases(db, { count: 10, villages, now, days: 30, seed: 3, mode: 'batch' });
    const cases = await db.cases.toCollection().primaryKeys();
    await db.blobs.bulkAdd(
      cases.map((caseId, index) => ({
        id: index.toString(16).padStart(64, '0'),
        caseId,
        mime: 'image/png',
        size: 3,
        data: new Blob([Uint8Array.of(index, 1, 2)], { type: 'image/png' }),
        createdAt: now.toISOString(),
      })),
    );
    return db;
  }

  it('is refused when a byte of the file changed, and the database stays as it was', async () => {
    const db = await small();
    const written = await backUp(main.service, db);
    const path = join(main.dir, written.fileName);
    const file = await readFile(path);
    const target = await small();
    const before = await digestOf(target);
    const changed = Buffer.from(file);
    const at = Math.floor(file.length / 2);
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    await writeFile(path, changed);
    expect(await restore(main.service, target, written.fileName)).toMatchObject({
      ok: false,
      code: 'damaged',
    });
    expect(await digestOf(target)).toEqual(before);
    await rm(path);
  });

  it('is stopped when the file changes after main verified it: the import checks again', async () => {
    const db = await small();
    const written = await backUp(main.service, db);
    const path = join(main.dir, written.fileName);
    const file = await readFile(path);
    const target = await small();
    const before = await digestOf(target);
    const opened = await main.service.openRestore(written.fileName);
    if (!opened.ok) throw new Error(opened.message);
    await writeFile(path, file.subarray(0, file.length - 100));
    const imported = await importDb(
      target,
      restoreChunks(() => main.service.readChunk(opened.value.id)),
    );
    await main.service.closeRestore(opened.value.id);
    expect(imported).toMatchObject({ ok: false, code: 'read-failed' });
    expect(await digestOf(target)).toEqual(before);
    await rm(path);
  });
});
