import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../standards/conditions';
import { resolveAddressee } from '../addressee';
import { deriveWorkflow } from '../derive';
import { applyTransition } from '../transitions';
import type { CaseState, Workflow } from '../types';
import { bo, fo, open, seedStandard, signer, step, ticking } from './fixtures';

// Seed 004: Dinsos Kota Solok, two tracks: newborn and reactivation.
const standard = seedStandard('dinsos-solok', 'REK-BPJS-GRATIS');
const newborn = deriveWorkflow(standard, 'bayiBaruLahir');
const reactivation = deriveWorkflow(standard, 'reaktivasi');
const kadis = signer('Kepala Dinas Sosial');

function toFamilyCheck(now: () => Date): CaseState {
  let state = open(newborn, fo, now(), { 'papers.complete': true });
  for (let i = 0; i < 3; i++) state = step(newborn, state, { type: 'complete' }, fo, now());
  expect(state.stationId).toBe('cekKepesertaanKeluarga');
  return state;
}

describe('seed 004 newborn track', () => {
  it('asks for the family scheme before deciding, then writes to Dinkes for a JKSS family', () => {
    const now = ticking('2026-07-20T09:00:00+07:00');
    let state = toFamilyCheck(now);
    expect(applyTransition(newborn, state, { type: 'complete' }, fo, now())).toMatchObject({
      ok: false,
      error: {
        code: 'fact-missing',
        message:
          'Catat dulu skema jaminan kesehatan keluarga (PBI-JK atau JKSS) sebelum melanjutkan.',
      },
    });
    expect(resolveAddressee(standard, 'bayiBaruLahir', state.facts)).toMatchObject({
      ok: false,
      error: { code: 'fact-missing' },
    });

    state = step(
      newborn,
      state,
      { type: 'recordFacts', facts: { 'family.scheme': 'JKSS' } },
      fo,
      now(),
    );
    state = step(newborn, state, { type: 'complete' }, fo, now());
    state = step(newborn, state, { type: 'complete' }, bo, now());
    state = step(newborn, state, { type: 'complete' }, kadis, now());
    expect(resolveAddressee(standard, 'bayiBaruLahir', state.facts)).toMatchObject({
      ok: true,
      to: 'Kepala Dinas Kesehatan Kota Solok',
      product: { id: 'rekomendasiBayi' },
    });
  });

  it('writes to BPJS Kesehatan for a PBI-JK family', () => {
    const facts = { 'family.scheme': 'PBI-APBN' } satisfies CaseFacts;
    expect(resolveAddressee(standard, 'bayiBaruLahir', facts)).toMatchObject({
      ok: true,
      to: 'Kepala BPJS Kesehatan',
    });
    const now = ticking('2026-07-20T09:00:00+07:00');
    let state = step(newborn, toFamilyCheck(now), { type: 'recordFacts', facts }, fo, now());
    state = step(newborn, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe('buatRekomendasi');
  });

  it('refers a family in neither scheme', () => {
    const now = ticking('2026-07-20T09:00:00+07:00');
    let state = step(
      newborn,
      toFamilyCheck(now),
      { type: 'recordFacts', facts: { 'family.scheme': 'PBPU' } },
      fo,
      now(),
    );
    expect(applyTransition(newborn, state, { type: 'complete' }, fo, now())).toMatchObject({
      ok: false,
      error: { code: 'branch-applies' },
    });
    expect(resolveAddressee(standard, 'bayiBaruLahir', state.facts)).toMatchObject({
      ok: false,
      error: { code: 'no-addressee' },
    });
    state = step(newborn, state, { type: 'refer' }, fo, now());
    expect(state).toMatchObject({
      status: 'referred',
      referral: { referTo: 'BPJS Kesehatan / Dinas Kesehatan' },
    });
  });
});

describe('seed 004 reactivation track', () => {
  function toDataCheck(now: () => Date): CaseState {
    let state = open(reactivation, fo, now());
    state = step(reactivation, state, { type: 'complete' }, fo, now());
    state = step(reactivation, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe('cekData');
    return state;
  }

  it('refers the citizen when the data do not match', () => {
    const now = ticking('2026-07-20T09:00:00+07:00');
    let state = toDataCheck(now);
    expect(applyTransition(reactivation, state, { type: 'refer' }, fo, now())).toMatchObject({
      ok: false,
      error: { code: 'fact-missing' },
    });
    state = step(
      reactivation,
      state,
      { type: 'recordFacts', facts: { 'registry.dataMatches': false } },
      fo,
      now(),
    );
    const blocked = applyTransition(reactivation, state, { type: 'complete' }, fo, now());
    expect(blocked).toMatchObject({ ok: false, error: { code: 'branch-applies' } });
    if (!blocked.ok)
      expect(blocked.error.message).toContain('rujuk pemohon ke BPJS Kesehatan / Dinas Kesehatan');
    expect(applyTransition(reactivation, state, { type: 'refer' }, bo, now())).toMatchObject({
      ok: false,
      error: { code: 'role-required' },
    });
    state = step(
      reactivation,
      state,
      {
        type: 'refer',
        referTo: 'Dinas Kesehatan Kota Solok',
        reason: 'NIK tidak padan di Dukcapil',
      },
      fo,
      now(),
    );
    expect(state).toMatchObject({
      status: 'referred',
      stationId: 'cekData',
      referral: {
        referTo: 'Dinas Kesehatan Kota Solok',
        branch: 'Jika data tidak sesuai, ybs akan dirujuk ke BPJS/Dinas Kesehatan sesuai keluhan',
        reason: 'NIK tidak padan di Dukcapil',
      },
    });
    expect(state.history.at(-1)?.details).toEqual({
      referTo: 'Dinas Kesehatan Kota Solok',
      branch: 'Jika data tidak sesuai, ybs akan dirujuk ke BPJS/Dinas Kesehatan sesuai keluhan',
    });
  });

  it('writes to BPJS Kesehatan when the data match, and refuses a referral then', () => {
    const now = ticking('2026-07-20T09:00:00+07:00');
    let state = step(
      reactivation,
      toDataCheck(now),
      { type: 'recordFacts', facts: { 'registry.dataMatches': true } },
      fo,
      now(),
    );
    expect(applyTransition(reactivation, state, { type: 'refer' }, fo, now())).toMatchObject({
      ok: false,
      error: { code: 'branch-not-met' },
    });
    state = step(reactivation, state, { type: 'complete' }, fo, now());
    expect(applyTransition(reactivation, state, { type: 'refer' }, bo, now())).toMatchObject({
      ok: false,
      error: { code: 'refer-not-allowed' },
    });
    state = walk(reactivation, state, now);
    expect(state.stationId).toBe('awaitOutcome.implicit');
    expect(resolveAddressee(standard, 'reaktivasi', state.facts)).toMatchObject({
      ok: true,
      to: 'Kepala BPJS Kesehatan',
      product: { id: 'rekomendasiReaktivasi' },
    });
  });
});

function walk(workflow: Workflow, from: CaseState, now: () => Date): CaseState {
  let state = step(workflow, from, { type: 'complete' }, bo, now());
  state = step(workflow, state, { type: 'complete' }, kadis, now());
  return state;
}
