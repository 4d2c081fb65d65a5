import { describe, expect, it } from 'vitest';
import { deriveWorkflow } from './derive';
import {
  admin,
  atPaperCheck,
  fo,
  open,
  reviewer,
  seedStandard,
  signer,
  tanggamusWorkflow,
} from './flows/fixtures';
import { applyTransition, startCase } from './transitions';
import type { CaseState, WorkflowEvent } from './types';

const workflow = tanggamusWorkflow();
const at = new Date('2026-07-20T08:00:00+07:00');

const atCheck = (): CaseState => atPaperCheck(workflow);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const refusal = (state: CaseState, event: WorkflowEvent, actor = fo) =>
  applyTransition(workflow, state, event, actor, at);

describe('startCase', () => {
  it('opens at the first station and records who opened it', () => {
    const state = open(workflow, fo, at, { 'registry.listed': true });
    expect(state).toMatchObject({
      serviceCode: 'REK-PBPU-PEMDA',
      version: 1,
      trackId: 'utama',
      status: 'open',
      stationId: 'ajukanBerkas',
      facts: { 'registry.listed': true },
      parafs: [],
    });
    expect(state.history).toEqual([
      {
        at: '2026-07-20T01:00:00.000Z',
        userId: fo.userId,
        event: { type: 'open', facts: { 'registry.listed': true } },
        from: { status: 'open', stationId: null },
        to: { status: 'open', stationId: 'ajukanBerkas' },
      },
    ]);
  });

  it.each([admin, reviewer('Kepala Bidang'), signer('Kepala Dinas Sosial')])(
    'refuses to let $userId open a case',
    (actor) => {
      expect(startCase(workflow, actor, at)).toMatchObject({
        ok: false,
        error: {
          code: 'role-required',
          message:
            'Pembukaan kasus hanya dapat dicatat oleh petugas front office atau petugas back office.',
        },
      });
    },
  );
});

describe('applyTransition never mutates and never silently ignores', () => {
  it('leaves the given state and event untouched', () => {
    const state = deepFreeze(atCheck());
    const before = JSON.stringify(state);
    const events: WorkflowEvent[] = [
      { type: 'recordFacts', facts: { 'papers.complete': true } },
      { type: 'returnPapers', missing: ['fotokopiKtp'] },
      { type: 'decline', reason: 'Tidak terdaftar di DTKS' },
      { type: 'cancel', reason: 'Pemohon pindah domisili' },
    ];
    for (const event of events) {
      const result = applyTransition(workflow, state, deepFreeze(event), fo, at);
      expect(result.ok).toBe(true);
    }
    expect(JSON.stringify(state)).toBe(before);
  });

  it('refuses a case of another standard or track', () => {
    const other = deriveWorkflow(seedStandard('dinsos-solok', 'REK-BPJS-GRATIS'), 'reaktivasi');
    expect(applyTransition(other, atCheck(), { type: 'complete' }, fo, at)).toMatchObject({
      ok: false,
      error: {
        code: 'workflow-mismatch',
        message:
          'Kasus ini mengikuti standar REK-PBPU-PEMDA v1 (utama), bukan REK-BPJS-GRATIS v1 (reaktivasi).',
      },
    });
  });

  it('refuses a station the workflow does not know', () => {
    const state = { ...atCheck(), stationId: 'hilang' };
    expect(refusal(state, { type: 'complete' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-station' },
    });
  });

  it('throws on an invalid clock, a programming error', () => {
    expect(() =>
      applyTransition(workflow, atCheck(), { type: 'complete' }, fo, new Date('x')),
    ).toThrow(RangeError);
  });
});
