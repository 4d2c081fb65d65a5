import { describe, expect, it } from 'vitest';
import { deriveWorkflow } from '../workflow/derive';
import { bo, fo, officeOf, open, seedStandard, signer, step } from '../workflow/flows/fixtures';
import type { CaseState, Workflow } from '../workflow/types';
import { indexFields, withIndexFields } from './indexFields';
import type { CaseRecord } from './records';

const wib = (local: string) => new Date(`${local}+07:00`);
const padangPanjang = seedStandard('dinkes-padang-panjang', 'REK-JKSS');
const workflow = deriveWorkflow(padangPanjang, 'utama');
const env = (now: Date, flow: Workflow = workflow) => ({
  standard: padangPanjang,
  workflow: flow,
  office: officeOf('dinkes-padang-panjang'),
  now,
});

/** Completes stations one by one with the given actors. */
function walk(state: CaseState, actors: ReadonlyArray<typeof fo>, start: Date): CaseState {
  return actors.reduce(
    (current, actor, i) =>
      step(workflow, current, { type: 'complete' }, actor, new Date(start.getTime() + i * 60_000)),
    state,
  );
}

describe('case index fields', () => {
  it('gives the turn to the role of the station, and citizen stations to the counter', () => {
    const opened = open(workflow, fo, wib('2026-08-12T10:00'), { 'papers.complete': true });
    expect(indexFields(opened, opened.history[0]?.at ?? '', env(wib('2026-08-12T10:00')))).toEqual({
      status: 'open',
      stationId: 'terimaBerkas',
      turnRole: 'fo',
      caseDueAt: wib('2026-08-20T16:00').toISOString(),
      updatedAt: wib('2026-08-12T10:00').toISOString(),
      month: '2026-08',
    });
    const kadinkes = signer('Kepala Dinas Kesehatan');
    const atBpjs = walk(opened, [fo, fo, bo, bo, kadinkes, bo, fo], wib('2026-08-12T10:01'));
    expect(atBpjs.stationId).toBe('antarKeBpjs');
    expect(
      indexFields(atBpjs, '2026-08-12T03:00:00.000Z', env(wib('2026-08-12T11:00'))),
    ).toMatchObject({
      turnRole: 'fo',
    });
  });

  it('files the month by the office’s time zone and clears the turn of a closed case', () => {
    const opened = open(workflow, fo, wib('2026-08-31T23:30'));
    const cancelled = step(workflow, opened, { type: 'cancel' }, fo, wib('2026-08-31T23:40'));
    expect(
      indexFields(cancelled, '2026-08-31T16:30:00.000Z', env(wib('2026-08-31T23:40'))),
    ).toMatchObject({
      status: 'cancelled',
      turnRole: null,
      month: '2026-08',
    });
  });

  it('drops a due time that no longer applies', () => {
    const opened = open(workflow, fo, wib('2026-08-12T10:00'));
    const cancelled = step(workflow, opened, { type: 'cancel' }, fo, wib('2026-08-12T10:05'));
    const stale = {
      id: 'c1',
      officeId: 'dinkes-padang-panjang',
      serviceCode: 'REK-JKSS',
      standardVersion: 1,
      trackId: 'utama',
      priority: 'none',
      applicantId: 'p1',
      subjectId: 'p1',
      relationship: 'self',
      subjectNameKey: 'siti',
      subjectName: 'Siti',
      workflow: cancelled,
      status: 'open',
      stationId: 'terimaBerkas',
      turnRole: 'fo',
      dueAt: wib('2026-08-12T10:30').toISOString(),
      notes: [],
      month: '2026-08',
      createdAt: '2026-08-12T03:00:00.000Z',
      createdBy: 'fo',
      updatedAt: '2026-08-12T03:00:00.000Z',
    } satisfies CaseRecord;
    const record = withIndexFields(stale, env(wib('2026-08-12T10:05')));
    expect(record).toMatchObject({ status: 'cancelled', turnRole: null });
    expect(record).not.toHaveProperty('dueAt');
    expect(record.caseDueAt).toBe(wib('2026-08-20T16:00').toISOString());
  });
});
