import { describe, expect, it } from 'vitest';
import { deriveWorkflow, implicitOutcomeStationId } from '../derive';
import { applyTransition } from '../transitions';
import { bo, fo, open, seedStandard, signer, step, ticking } from './fixtures';

// Seed 002: Dinkes Padang Panjang, JKSS recommendation with the implied signature and the dispatch book.
const workflow = deriveWorkflow(seedStandard('dinkes-padang-panjang', 'REK-JKSS'), 'utama');

describe('seed 002 end to end', () => {
  it('signs the implied step, records the buku ekspedisi and ends rejected by BPJS', () => {
    const now = ticking('2026-08-12T09:00:00+07:00');
    let state = open(workflow, fo, now(), { 'papers.complete': true });
    state = step(workflow, state, { type: 'complete' }, fo, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    state = step(workflow, state, { type: 'complete' }, bo, now());
    state = step(workflow, state, { type: 'complete' }, bo, now());
    expect(state.stationId).toBe('tandaTangan');

    const wrongOffice = applyTransition(
      workflow,
      state,
      { type: 'complete' },
      signer('Kepala Dinas Sosial'),
      now(),
    );
    expect(wrongOffice).toMatchObject({
      ok: false,
      error: {
        code: 'signer-position',
        message: 'Surat ini hanya dapat ditandatangani oleh Kepala Dinas Kesehatan.',
      },
    });
    state = step(workflow, state, { type: 'complete' }, signer('Kepala Dinas Kesehatan'), now());
    expect(state.signed?.position).toBe('Kepala Dinas Kesehatan');
    expect(state.stationId).toBe('catatEkspedisi');

    expect(
      applyTransition(workflow, state, { type: 'decline', reason: 'Bukan warga' }, bo, now()),
    ).toMatchObject({ ok: false, error: { code: 'already-signed' } });

    const bookedAt = now();
    state = step(workflow, state, { type: 'complete' }, bo, bookedAt);
    const booked = state.history.at(-1);
    expect(booked).toMatchObject({
      at: bookedAt.toISOString(),
      userId: bo.userId,
      event: { type: 'complete' },
      from: { status: 'open', stationId: 'catatEkspedisi' },
      to: { status: 'open', stationId: 'serahkanRekomendasi' },
    });

    state = step(workflow, state, { type: 'complete' }, fo, now());
    // The citizen carries the letter to BPJS; the counter records it.
    state = step(workflow, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe(implicitOutcomeStationId);

    expect(
      applyTransition(
        workflow,
        state,
        { type: 'recordOutcome', outcome: { kind: 'rejected', reason: '  ' } },
        fo,
        now(),
      ),
    ).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    state = step(
      workflow,
      state,
      { type: 'recordOutcome', outcome: { kind: 'rejected', reason: 'Peserta terdaftar ganda' } },
      fo,
      now(),
    );
    expect(state).toMatchObject({
      status: 'rejected',
      outcome: { kind: 'rejected', reason: 'Peserta terdaftar ganda' },
    });
  });

  it('lets a signer without recorded positions sign', () => {
    const now = ticking('2026-08-12T09:00:00+07:00');
    let state = open(workflow, fo, now(), { 'papers.complete': true });
    for (const actor of [fo, fo, bo, bo])
      state = step(workflow, state, { type: 'complete' }, actor, now());
    state = step(workflow, state, { type: 'complete' }, signer(), now());
    expect(state.signed).toMatchObject({ stationId: 'tandaTangan', userId: 'signer' });
    expect(state.signed?.position).toBeUndefined();
  });
});
