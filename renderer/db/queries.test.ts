import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { Priority } from '../../shared/cases/records';
import type { LoketDb } from './database';
import { executeCommand } from './executeCommand';
import { contextAt, fo, freshDb, registerPayload, type PersonSpec } from './fixtures.test-helpers';
import { caseDetail, outboxStats, searchCases, worklist } from './queries';

let db: LoketDb;
afterEach(async () => {
  await db.delete();
});

const wib = (local: string) => `${local}:00+07:00`;
const papers = (missing: string[] = []) =>
  ['fotokopiKk', 'fotokopiKtp', 'keteranganSakit'].map((requirementId) => ({
    requirementId,
    status: missing.includes(requirementId) ? 'missing' : 'present',
  }));

async function register(spec: PersonSpec, local: string): Promise<string> {
  const payload = registerPayload(spec);
  const result = await executeCommand(db, 'case.register', payload, contextAt(wib(local)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return payload.caseId;
}

async function run(type: string, payload: unknown, local: string) {
  const result = await executeCommand(db, type, payload, contextAt(wib(local)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
}

/** Six open cases at the Tanggamus counter; C and E have moved on to the back office. */
async function counterMorning(): Promise<Record<string, string>> {
  const specs: Array<[string, Priority]> = [
    ['Ahmad Fauzi', 'none'],
    ['Bunga Lestari', 'emergency'],
    ['Cahya Putri', 'chronic'],
    ['Dewi Sartika', 'childbirth'],
    ['Eko Prasetyo', 'none'],
    ['Fitri Handayani', 'emergency'],
  ];
  const ids: Record<string, string> = {};
  for (const [index, [name, priority]] of specs.entries()) {
    ids[name.charAt(0)] = await register(
      { name, priority, serial: `000${index + 1}` },
      `2026-07-20T08:0${index}`,
    );
  }
  await run('case.checkDocuments', { caseId: ids.C, documents: papers() }, '2026-07-20T08:10');
  await run('case.checkDocuments', { caseId: ids.E, documents: papers() }, '2026-07-20T08:11');
  return ids;
}

const names = (rows: Array<{ subjectName: string }>) =>
  rows.map((row) => row.subjectName.charAt(0));

describe('worklist', () => {
  it('puts the role’s own cases first, each part by priority and then due time', async () => {
    db = freshDb();
    await counterMorning();

    const front = await worklist(db, { role: 'fo', limit: 20 });
    expect(names(front.rows)).toEqual(['B', 'F', 'D', 'A', 'C', 'E']);
    expect(front.rows.map((row) => row.myTurn)).toEqual([true, true, true, true, false, false]);
    expect(front.myTurnCount).toBe(4);

    const back = await worklist(db, { role: 'bo', limit: 20 });
    expect(names(back.rows)).toEqual(['C', 'E', 'B', 'F', 'D', 'A']);
  });

  it('pages across the end of the role’s own cases', async () => {
    db = freshDb();
    await counterMorning();
    const page = async (offset: number) =>
      names((await worklist(db, { role: 'fo', limit: 3, offset })).rows);

    expect(await page(0)).toEqual(['B', 'F', 'D']);
    expect(await page(3)).toEqual(['A', 'C', 'E']);
    expect(await page(5)).toEqual(['E']);
    expect(await page(6)).toEqual([]);
  });

  it('filters by status, month and service', async () => {
    db = freshDb();
    const ids = await counterMorning();
    await run(
      'case.checkDocuments',
      { caseId: ids.A, documents: papers(['fotokopiKk']) },
      '2026-07-20T08:20',
    );
    await run(
      'case.returnDocuments',
      { caseId: ids.A, missing: ['fotokopiKk'] },
      '2026-07-20T08:21',
    );
    await register({ name: 'Gilang Ramadhan', serial: '0007', sex: 'male' }, '2026-06-30T09:00');
    const mentawai = registerPayload({
      name: 'Hana Sababalat',
      serial: '0008',
      districtCode: '130901',
    });
    const other = { ...mentawai, officeId: 'dinsos-mentawai', serviceCode: 'REK-BPJS-APBD' };
    const context = contextAt(wib('2026-07-20T09:00'), fo, 'dinsos-mentawai');
    expect((await executeCommand(db, 'case.register', other, context)).ok).toBe(true);

    const returned = await worklist(db, { role: 'fo', filters: { status: 'returned' }, limit: 20 });
    expect(names(returned.rows)).toEqual(['A']);
    expect(returned.rows[0]).toMatchObject({ myTurn: false, turnRole: null });
    const june = await worklist(db, { role: 'fo', filters: { month: '2026-06' }, limit: 20 });
    expect(names(june.rows)).toEqual(['G']);
    const service = { serviceCode: 'REK-BPJS-APBD' };
    expect(names((await worklist(db, { role: 'bo', filters: service, limit: 20 })).rows)).toEqual([
      'H',
    ]);
    const julyBack = await worklist(db, {
      role: 'bo',
      filters: { month: '2026-07', serviceCode: 'REK-PBPU-PEMDA' },
      limit: 2,
      offset: 1,
    });
    expect(names(julyBack.rows)).toEqual(['E', 'B']);
    expect(julyBack.myTurnCount).toBe(2);
  });
});

describe('searchCases', () => {
  it('finds by NIK prefix, KK, name prefix and letter number', async () => {
    db = freshDb();
    const ids = await counterMorning();
    await register(
      { name: 'Hj. Siti Aminah, S.Pd.', serial: '0031', districtCode: '180602' },
      '2026-07-20T09:00',
    );
    // No command issues letter numbers yet: store one as `letter.issue` will.
    const signed = await db.cases.get(ids.B ?? '');
    if (!signed) throw new Error('case B missing');
    await db.cases.put({ ...signed, letterNumber: '400.9.11/0012/Dinsos/2026' });
    const nikOfB = signed.subjectNik ?? '';

    expect(names(await searchCases(db, nikOfB))).toEqual(['B']);
    expect(
      names(await searchCases(db, `${nikOfB.slice(0, 4)} ${nikOfB.slice(4, 8)}`)),
    ).toHaveLength(6);
    expect(names(await searchCases(db, '180602'))).toEqual(['H']);
    expect(names(await searchCases(db, signed.subjectKk ?? ''))).toEqual(['B']);
    expect(names(await searchCases(db, 'dewi'))).toEqual(['D']);
    expect(names(await searchCases(db, '  HJ.  siti '))).toEqual(['H']);
    expect(names(await searchCases(db, '400.9.11/0012'))).toEqual(['B']);
    expect(await searchCases(db, 'Zainal')).toEqual([]);
    expect(await searchCases(db, ' ,. ')).toEqual([]);
  });

  it('answers at most 20 rows', async () => {
    db = freshDb();
    for (let index = 1; index <= 22; index += 1) {
      await register(
        { name: `Siti ${index}`, serial: String(index).padStart(4, '0') },
        '2026-07-20T08:00',
      );
    }
    expect(await searchCases(db, 'siti')).toHaveLength(20);
    expect(await searchCases(db, '1806')).toHaveLength(20);
  });
});

describe('caseDetail', () => {
  it('gathers the case, both persons, the papers and the audit trail in order', async () => {
    db = freshDb();
    const parent = registerPayload({ name: 'Made Wirawan', serial: '0001', sex: 'male' });
    const child = registerPayload({ name: 'Putu Ayu', serial: '0002', birthDate: '2012-05-01' });
    const payload = {
      ...parent,
      subjectId: uuidv7(),
      relationship: 'parent',
      subject: child.applicant,
    };
    expect(
      (await executeCommand(db, 'case.register', payload, contextAt(wib('2026-07-20T08:00')))).ok,
    ).toBe(true);
    await run(
      'case.addNote',
      { caseId: parent.caseId, text: 'Anak dirawat di RSUD.' },
      '2026-07-20T08:05',
    );

    const detail = await caseDetail(db, parent.caseId);
    expect(detail?.record).toMatchObject({ id: parent.caseId, subjectName: 'Putu Ayu' });
    expect(detail?.record).not.toHaveProperty('priorityRank');
    expect(detail?.persons.map((person) => person.name)).toEqual(['Made Wirawan', 'Putu Ayu']);
    expect(detail?.documents).toHaveLength(3);
    expect(detail?.audit.map((row) => row.type)).toEqual(['case.register', 'case.addNote']);
    expect(await caseDetail(db, uuidv7())).toBeUndefined();
  });
});

describe('outboxStats', () => {
  it('counts ops by status and names the oldest one waiting', async () => {
    db = freshDb();
    expect(await outboxStats(db)).toEqual({
      counts: { pending: 0, acked: 0, rejected: 0 },
      lastSeq: 0,
    });
    await counterMorning();
    const first = await db.outbox.where('seq').equals(1).first();
    await db.outbox.update(first?.opId ?? '', { status: 'acked' });

    expect(await outboxStats(db)).toEqual({
      counts: { pending: 7, acked: 1, rejected: 0 },
      lastSeq: 8,
      oldestPending: { seq: 2, clientTime: new Date(wib('2026-07-20T08:01')).toISOString() },
    });
  });
});
