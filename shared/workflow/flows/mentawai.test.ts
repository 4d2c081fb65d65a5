import { describe, expect, it } from 'vitest';
import { deriveWorkflow } from '../derive';
import { applyTransition } from '../transitions';
import { bo, fo, open, seedStandard, step, ticking } from './fixtures';

// Seed 001: Dinsos Kepulauan Mentawai, rekomendasi BPJS from APBD with the monthly cut-off.
const workflow = deriveWorkflow(seedStandard('dinsos-mentawai', 'REK-BPJS-APBD'), 'utama');

describe('seed 001 end to end', () => {
  it('goes through the monthly submission and the card wait to accepted', () => {
    const now = ticking('2026-07-20T09:00:00+07:00');
    let state = open(workflow, fo, now(), { 'papers.complete': true });
    state = step(workflow, state, { type: 'complete' }, fo, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe('inputData');

    expect(applyTransition(workflow, state, { type: 'complete' }, fo, now())).toMatchObject({
      ok: false,
      error: {
        code: 'role-required',
        message:
          'Langkah "Jika sudah lengkap, data akan diinput" hanya dapat dicatat oleh petugas back office.',
      },
    });
    const early = applyTransition(
      workflow,
      state,
      { type: 'recordOutcome', outcome: { kind: 'rejected', reason: 'NIK tidak valid' } },
      bo,
      now(),
    );
    expect(early).toMatchObject({ ok: false, error: { code: 'outcome-not-allowed' } });

    state = step(workflow, state, { type: 'complete' }, bo, now());
    expect(state.stationId).toBe('kirimKeBpjs');
    state = step(workflow, state, { type: 'complete' }, bo, now());
    expect(state.stationId).toBe('terimaKartu');

    expect(
      applyTransition(workflow, state, { type: 'decline', reason: 'Tidak layak' }, bo, now()),
    ).toMatchObject({ ok: false, error: { code: 'decline-too-late' } });

    state = step(workflow, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe('terimaBnba');
    state = step(
      workflow,
      state,
      {
        type: 'recordOutcome',
        outcome: { kind: 'accepted', cardNumber: '0002345678901', activeFrom: '2026-08-01' },
      },
      bo,
      now(),
    );
    expect(state.status).toBe('accepted');
    expect(state.outcome).toEqual({
      kind: 'accepted',
      cardNumber: '0002345678901',
      activeFrom: '2026-08-01',
    });
  });

  it('asks for the missing papers at the SLRT check', () => {
    const now = ticking('2026-07-20T09:00:00+07:00');
    let state = open(workflow, fo, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    state = step(workflow, state, { type: 'returnPapers', missing: ['sktm'] }, fo, now());
    expect(state.returned?.missing).toEqual(['sktm']);
  });
});
