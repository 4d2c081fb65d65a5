import { describe, expect, it } from 'vitest';
import { deriveWorkflow, implicitOutcomeStationId } from '../derive';
import { applyTransition } from '../transitions';
import type { CaseState, Outcome } from '../types';
import { bo, fo, open, seedStandard, signer, step, ticking } from './fixtures';

// Seed 000: Dinsos Tanggamus, surat pengantar/rekomendasi PBPU Pemda.
const workflow = deriveWorkflow(seedStandard('dinsos-tanggamus', 'REK-PBPU-PEMDA'), 'utama');
const official = signer('Pejabat Dinas Sosial yang bertugas');

describe('seed 000 end to end, with papers returned twice', () => {
  it('walks from the counter to the BPJS answer', () => {
    const now = ticking('2026-07-20T08:00:00+07:00');
    let state = open(workflow, fo, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe('verifikasiBerkas');

    const unchecked = applyTransition(workflow, state, { type: 'complete' }, fo, now());
    expect(unchecked).toMatchObject({
      ok: false,
      error: {
        code: 'fact-missing',
        message: 'Catat dulu kelengkapan berkas sebelum melanjutkan.',
      },
    });

    // First return: the illness statement is missing.
    state = step(
      workflow,
      state,
      { type: 'returnPapers', missing: ['keteranganSakit'] },
      fo,
      now(),
    );
    expect(state).toMatchObject({
      status: 'returned',
      stationId: 'verifikasiBerkas',
      returned: { stationId: 'verifikasiBerkas', missing: ['keteranganSakit'] },
      facts: { 'papers.complete': false },
    });
    expect(applyTransition(workflow, state, { type: 'complete' }, fo, now())).toMatchObject({
      ok: false,
      error: { code: 'case-returned' },
    });
    state = step(workflow, state, { type: 'resubmit' }, fo, now());
    expect(state.status).toBe('open');
    expect(state.stationId).toBe('verifikasiBerkas');
    expect(state.returned).toBeUndefined();
    expect(state.facts['papers.complete']).toBeUndefined();

    // Second return: the clerk records the papers incomplete; completing is refused by the branch.
    state = step(
      workflow,
      state,
      { type: 'recordFacts', facts: { 'papers.complete': false } },
      fo,
      now(),
    );
    const blocked = applyTransition(workflow, state, { type: 'complete' }, fo, now());
    expect(blocked).toMatchObject({ ok: false, error: { code: 'branch-applies' } });
    if (!blocked.ok) {
      expect(blocked.error.message).toBe(
        'Ketentuan "Berkas tidak lengkap dikembalikan untuk dilengkapi terlebih dahulu" berlaku: kembalikan berkas kepada pemohon, langkah ini belum dapat diselesaikan.',
      );
    }
    state = step(workflow, state, { type: 'returnPapers', missing: ['fotokopiKk'] }, fo, now());
    state = step(workflow, state, { type: 'resubmit' }, bo, now());

    state = step(
      workflow,
      state,
      { type: 'recordFacts', facts: { 'papers.complete': true } },
      fo,
      now(),
    );
    state = step(workflow, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe('buatSurat');
    state = step(workflow, state, { type: 'complete' }, bo, now());
    state = step(workflow, state, { type: 'complete' }, official, now());
    expect(state.signed).toMatchObject({
      stationId: 'tandaTangan',
      position: 'Pejabat Dinas Sosial yang bertugas',
    });
    state = step(workflow, state, { type: 'complete' }, bo, now());
    expect(state.stationId).toBe(implicitOutcomeStationId);

    expect(applyTransition(workflow, state, { type: 'complete' }, bo, now())).toMatchObject({
      ok: false,
      error: { code: 'outcome-required' },
    });
    const outcome = {
      kind: 'accepted',
      cardNumber: '0001234567890',
      activeFrom: '2026-08-01',
    } satisfies Outcome;
    state = step(workflow, state, { type: 'recordOutcome', outcome }, bo, now());
    expect(state).toMatchObject({ status: 'accepted', outcome });

    expect(historyOf(state)).toEqual([
      'open → ajukanBerkas',
      'complete → terimaBerkas',
      'complete → verifikasiBerkas',
      'returnPapers → returned@verifikasiBerkas',
      'resubmit → verifikasiBerkas',
      'recordFacts → verifikasiBerkas',
      'returnPapers → returned@verifikasiBerkas',
      'resubmit → verifikasiBerkas',
      'recordFacts → verifikasiBerkas',
      'complete → buatSurat',
      'complete → tandaTangan',
      'complete → sampaikanKeBpjs',
      `complete → ${implicitOutcomeStationId}`,
      'recordOutcome → accepted@awaitOutcome.implicit',
    ]);
    expect(state.history.map((entry) => entry.userId)).toContain(official.userId);
    expect(applyTransition(workflow, state, { type: 'cancel' }, fo, now())).toMatchObject({
      ok: false,
      error: {
        code: 'case-closed',
        message:
          'Kasus sudah selesai (Diterima BPJS Kesehatan); tidak ada langkah lagi yang dapat dicatat.',
      },
    });
  });
});

function historyOf(state: CaseState): string[] {
  return state.history.map((entry) => {
    const where =
      entry.to.status === 'open' ? entry.to.stationId : `${entry.to.status}@${entry.to.stationId}`;
    return `${entry.event.type} → ${where}`;
  });
}
