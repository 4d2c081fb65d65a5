import { describe, expect, it } from 'vitest';
import { caseCheckDocuments } from '../../../shared/commands/caseCheckDocuments';
import { caseRecordBpjsStatus } from '../../../shared/commands/caseRecordBpjsStatus';
import { caseRecordReason } from '../../../shared/commands/caseRecordReason';
import { caseRecordRegistryCheck } from '../../../shared/commands/caseRecordRegistryCheck';
import { caseRegister } from '../../../shared/commands/caseRegister';
import { caseReturnDocuments } from '../../../shared/commands/caseReturnDocuments';
import type { CommandContext, CommandDefinition } from '../../../shared/commands/types';
import type { CaseRecord, DocumentRecord } from '../../../shared/cases/records';
import { officeById } from '../../../shared/standards/catalog';
import type { IntakeDraft } from './draft';
import { reviewDraft } from './reviewDraft';
import { isDone, runPlan, type Execute } from './runPlan';
import { submissionPlan } from './submissionPlan';
import { bulukumbaDraft, catalog, settingFor } from './testFixtures';

const ids = {
  caseId: '0196f0a0-0000-7000-8000-000000000001',
  applicantId: '0196f0a0-0000-7000-8000-000000000002',
  subjectId: '0196f0a0-0000-7000-8000-000000000003',
};

const definitions: Record<string, CommandDefinition<never>> = Object.fromEntries(
  [
    caseRegister,
    caseCheckDocuments,
    caseReturnDocuments,
    caseRecordRegistryCheck,
    caseRecordBpjsStatus,
    caseRecordReason,
  ].map((definition) => [definition.type, definition as CommandDefinition<never>]),
);

/** The real command definitions over an in-memory store: what the executor does, minus Dexie. */
function memoryExecutor(officeId: string, now: string) {
  const cases = new Map<string, CaseRecord>();
  const documents = new Map<string, DocumentRecord>();
  const context: CommandContext = {
    actor: { userId: 'u-fo', roles: ['fo'] },
    deviceId: 'device-1',
    now: new Date(now),
    catalog,
    office: officeById(catalog, officeId),
  };
  const execute: Execute = async (type, payload) => {
    const definition = definitions[type];
    if (!definition) throw new Error(`unknown ${type}`);
    const caseId = (payload as { caseId: string }).caseId;
    const result = definition.run(
      {
        payload: payload as never,
        current: cases.get(caseId),
        documents: [...documents.values()].filter((document) => document.caseId === caseId),
      },
      context,
    );
    if (!result.ok) return { ok: false, errors: result.errors, warnings: [] };
    result.changes.cases?.forEach((record) => cases.set(record.id, record));
    result.changes.documents?.forEach((record) => documents.set(record.id, record));
    return { ok: true, errors: [], warnings: result.warnings };
  };
  return { execute, cases, documents };
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

    const memory = memoryExecutor('dinsos-bulukumba', '2026-04-02T02:00:00Z');
    const outcome = await runPlan(plan, memory.execute, [], () => undefined);
    expect(outcome).toMatchObject({ ok: true, warnings: [] });
    const record = memory.cases.get(ids.caseId);
    expect(record?.reason?.faskes?.letterNumber).toBe('445/112/RSUD/IV/2026');
    expect(record?.workflow.facts).toMatchObject({
      'papers.complete': true,
      'faskes.letterPresent': true,
      'registry.decile': 3,
      'bpjs.nonActiveMonths': 2,
    });
  });

  it('places command errors on the draft fields and resumes after the last command that ran', async () => {
    const draft = bulukumbaDraft();
    draft.registry.checkedOn = '03-04-2026';
    const plan = planFor(draft, 'register');
    const memory = memoryExecutor('dinsos-bulukumba', '2026-04-02T02:00:00Z');
    const progress: string[][] = [];
    const failed = await runPlan(plan, memory.execute, [], (done) => progress.push(done));
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
    expect(progress.at(-1)?.map((key) => key.split(':')[0])).toEqual([
      'case.register',
      'case.checkDocuments',
    ]);

    draft.registry.checkedOn = '02-04-2026';
    const calls: string[] = [];
    const execute: Execute = (type, payload) => {
      calls.push(type);
      return memory.execute(type, payload);
    };
    const retried = await runPlan(
      planFor(draft, 'register'),
      execute,
      progress.at(-1) ?? [],
      () => undefined,
    );
    expect(retried.ok).toBe(true);
    expect(isDone(retried.done, 'case.register')).toBe(true);
    expect(calls).toEqual([
      'case.recordRegistryCheck',
      'case.recordBpjsStatus',
      'case.recordReason',
    ]);
  });

  it('maps payload paths of a refused registration back to the form', async () => {
    const draft = bulukumbaDraft();
    draft.relationship = 'parent';
    draft.subjectSameAddress = true;
    draft.subject = { ...draft.applicant, name: 'Ahmad', birthDate: '01-01-2010', sex: 'male' };
    const plan = planFor(draft, 'register');
    const memory = memoryExecutor('dinsos-bulukumba', '2026-04-02T02:00:00Z');
    const outcome = await runPlan(plan, memory.execute, [], () => undefined);
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

    const memory = memoryExecutor('dinsos-tanggamus', '2026-04-02T02:00:00Z');
    const outcome = await runPlan(plan, memory.execute, [], () => undefined);
    expect(outcome.ok).toBe(true);
    const record = memory.cases.get(ids.caseId);
    expect(record?.status).toBe('returned');
    expect(record?.registry?.registry).toBe('DTKS');
    expect(memory.documents.get(`${ids.caseId}:fotokopiKk`)?.blobIds).toEqual(['a'.repeat(64)]);
    expect(memory.documents.get(`${ids.caseId}:keteranganSakit`)?.status).toBe('returned');
  });
});
