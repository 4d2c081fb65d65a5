import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord, DocumentRecord } from '../../../shared/cases/records';
import { officeById } from '../../../shared/standards/catalog';
import type { LoketDb } from '../../db/database';
import { executeAll } from '../../db/executeAll';
import { freshDb } from '../../db/fixtures.test-helpers';
import { caseRecordOf } from '../../db/storedCase';
import type { IntakeDraft } from './draft';
import { reviewDraft } from './reviewDraft';
import { runPlan, type ExecutePlan } from './runPlan';
import { submissionPlan } from './submissionPlan';
import { bulukumbaDraft, catalog, settingFor } from './testFixtures';

const ids = {
  caseId: '0196f0a0-0000-7000-8000-000000000001',
  applicantId: '0196f0a0-0000-7000-8000-000000000002',
  subjectId: '0196f0a0-0000-7000-8000-000000000003',
};

let db: LoketDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The counter's own executor (Dexie on fake-indexeddb), as the intake runs it. */
function counter(officeId: string, now: string) {
  const database = freshDb();
  db = database;
  const execute: ExecutePlan = (calls) =>
    executeAll(database, calls, {
      actor: { userId: 'u-fo', roles: ['fo'] },
      deviceId: 'device-1',
      now: new Date(now),
      catalog,
      office: officeById(catalog, officeId),
    });
  return {
    execute,
    caseOf: async (caseId: string): Promise<CaseRecord | undefined> => {
      const stored = await database.cases.get(caseId);
      return stored ? caseRecordOf(stored) : undefined;
    },
    documentOf: (id: string): Promise<DocumentRecord | undefined> => database.documents.get(id),
    counts: async () => ({
      cases: await database.cases.count(),
      persons: await database.persons.count(),
      outbox: await database.outbox.count(),
    }),
  };
}

function planFor(draft: IntakeDraft, mode: 'register' | 'return', officeId = 'dinsos-bulukumba') {
  const review = reviewDraft(draft, settingFor(officeId, '2026-04-02'));
  return submissionPlan(draft, review, ids, officeId, mode);
}

describe('submissionPlan', () => {
  it('maps a complete draft to payloads the real commands accept, in order', async () => {
    const plan = planFor(bulukumbaDraft(), 'register');
    expect(plan.map((command) => command.type)).toEqual([
      'case.register',
      'case.checkDocuments',
      'case.recordRegistryCheck',
      'case.recordBpjsStatus',
      'case.recordReason',
    ]);
    expect(plan[0]?.payload).toMatchObject({
      ...ids,
      subjectId: ids.applicantId,
      officeId: 'dinsos-bulukumba',
      priority: 'emergency',
      relationship: 'self',
      applicant: {
        birthDate: '1980-05-17',
        sex: 'female',
        phone: '0812-3456-7890',
        address: {
          villageCode: '73.02.01.2001',
          rt: '002',
          rw: '001',
          street: 'Jl. Serikaya No. 3',
        },
      },
    });
    expect(plan[2]?.payload).toEqual({
      caseId: ids.caseId,
      check: {
        registry: 'DTSEN',
        listed: true,
        decile: 3,
        checkedOn: '2026-04-02',
        officer: 'Andi',
      },
    });
    expect(plan[3]?.payload).toEqual({
      caseId: ids.caseId,
      status: {
        cardNumber: '0001234567890',
        segment: 'PBI-APBN',
        status: 'nonActive',
        since: '2026-02-01',
      },
    });

    const memory = counter('dinsos-bulukumba', '2026-04-02T02:00:00Z');
    const outcome = await runPlan(plan, memory.execute);
    expect(outcome).toMatchObject({ ok: true, warnings: [] });
    const record = await memory.caseOf(ids.caseId);
    expect(record?.reason?.faskes?.letterNumber).toBe('445/112/RSUD/IV/2026');
    expect(record?.workflow.facts).toMatchObject({
      'papers.complete': true,
      'faskes.letterPresent': true,
      'registry.decile': 3,
      'bpjs.nonActiveMonths': 2,
    });
  });

  it('places command errors on the draft fields and stores nothing until all of it is right', async () => {
    const draft = bulukumbaDraft();
    draft.registry.checkedOn = '03-04-2026';
    const memory = counter('dinsos-bulukumba', '2026-04-02T02:00:00Z');
    const failed = await runPlan(planFor(draft, 'register'), memory.execute);
    expect(failed).toMatchObject({
      ok: false,
      failed: 'case.recordRegistryCheck',
      issues: [
        {
          field: 'registry.checkedOn',
          message: 'Tanggal pengecekan tidak boleh setelah hari ini.',
        },
      ],
    });
    expect(await memory.counts()).toEqual({ cases: 0, persons: 0, outbox: 0 });

    draft.registry.checkedOn = '02-04-2026';
    draft.applicant.name = 'Siti Aminah Rahman';
    const retried = await runPlan(planFor(draft, 'register'), memory.execute);
    expect(retried.ok).toBe(true);
    expect(await memory.counts()).toEqual({ cases: 1, persons: 1, outbox: 5 });
    expect((await memory.caseOf(ids.caseId))?.subjectNameKey).toBe('siti aminah rahman');
  });

  it('maps payload paths of a refused registration back to the form', async () => {
    const draft = bulukumbaDraft();
    draft.relationship = 'parent';
    draft.subjectSameAddress = true;
    draft.subject = { ...draft.applicant, name: 'Ahmad', birthDate: '01-01-2010', sex: 'male' };
    const plan = planFor(draft, 'register');
    const memory = counter('dinsos-bulukumba', '2026-04-02T02:00:00Z');
    const outcome = await runPlan(plan, memory.execute);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((issue) => issue.field)).toEqual(['subject.nik', 'subject.nik']);
    expect(plan[0]?.fieldOf('subject.address.villageCode')).toBe('applicant.address.villageCode');
    expect(plan[1]?.fieldOf('documents.2.requirementId')).toBe('papers.fotokopiKk');
    expect(plan[0]?.fieldOf('caseId')).toBeUndefined();
  });

  it('registers, checks and returns incomplete papers, keeping what is already right', async () => {
    const draft: IntakeDraft = {
      ...bulukumbaDraft(),
      serviceCode: 'REK-PBPU-PEMDA',
      priority: 'chronic',
      papers: {
        fotokopiKk: {
          status: 'present',
          scans: [{ id: 'a'.repeat(64), mime: 'image/jpeg', size: 1, name: 'kk.jpg' }],
        },
        fotokopiKtp: { status: 'present', scans: [] },
        keteranganSakit: { status: 'missing', scans: [] },
      },
      registry: { ...bulukumbaDraft().registry, registry: 'DTKS', listed: 'yes', decile: '' },
      bpjs: { ...bulukumbaDraft().bpjs, cardNumber: '123' },
      reason: { ...bulukumbaDraft().reason, faskesLetterNumber: '' },
    };
    const plan = planFor(draft, 'return', 'dinsos-tanggamus');
    expect(plan.map((command) => command.type)).toEqual([
      'case.register',
      'case.checkDocuments',
      'case.recordRegistryCheck',
      'case.returnDocuments',
    ]);
    expect(plan.at(-1)?.payload).toEqual({ caseId: ids.caseId, missing: ['keteranganSakit'] });

    const memory = counter('dinsos-tanggamus', '2026-04-02T02:00:00Z');
    const outcome = await runPlan(plan, memory.execute);
    expect(outcome.ok).toBe(true);
    const record = await memory.caseOf(ids.caseId);
    expect(record?.status).toBe('returned');
    expect(record?.registry?.registry).toBe('DTKS');
    expect((await memory.documentOf(`${ids.caseId}:fotokopiKk`))?.blobIds).toEqual([
      'a'.repeat(64),
    ]);
    expect((await memory.documentOf(`${ids.caseId}:keteranganSakit`))?.status).toBe('returned');
  });
});
