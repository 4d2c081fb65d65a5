import { describe, expect, it } from 'vitest';
import { deriveWorkflow, implicitOutcomeStationId } from '../derive';
import { applyTransition } from '../transitions';
import type { CaseState, Workflow } from '../types';
import { bo, fo, open, reviewer, seedStandard, signer, staff, step, ticking } from './fixtures';

// Seed 003: Dinsos Bulukumba, surat keterangan reaktivasi PBI, v1 (DTKS) and v2 (Permensos 3/2026).
const penyuluh = reviewer('Penyuluh Sosial');
const kabid = reviewer('Kepala Bidang');
const sekretaris = reviewer('Sekretaris Dinas Sosial');
const kadis = signer('Kepala Dinas Sosial');

function toDraft(workflow: Workflow, now: () => Date): CaseState {
  let state = open(workflow, fo, now());
  for (const actor of [fo, fo, fo])
    state = step(workflow, state, { type: 'complete' }, actor, now());
  expect(state.stationId).toBe('buatSurat');
  return state;
}

function parafChain(workflow: Workflow, from: CaseState, now: () => Date): CaseState {
  let state = from;
  for (const actor of [penyuluh, kabid, sekretaris]) {
    state = step(workflow, state, { type: 'complete' }, actor, now());
  }
  return state;
}

describe.each([1, 2])('seed 003 v%i end to end', (version) => {
  const workflow = deriveWorkflow(
    seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', version),
    'utama',
  );

  it('takes the three paraf in order, is sent back by the Sekretaris, is initialled again and signed', () => {
    const now = ticking('2026-07-20T09:00:00+08:00');
    let state = toDraft(workflow, now);
    state = step(workflow, state, { type: 'complete' }, bo, now());
    expect(state.stationId).toBe('parafBerjenjang.1');

    const outOfOrder = applyTransition(workflow, state, { type: 'complete' }, kabid, now());
    expect(outOfOrder).toMatchObject({
      ok: false,
      error: {
        code: 'position-required',
        message:
          'Paraf pada tahap ini harus diberikan oleh Penyuluh Sosial. Urutan paraf: Penyuluh Sosial → Kepala Bidang → Sekretaris Dinas Sosial.',
      },
    });
    const noPosition = applyTransition(
      workflow,
      state,
      { type: 'complete' },
      staff(['reviewer']),
      now(),
    );
    expect(noPosition).toMatchObject({ ok: false, error: { code: 'position-required' } });
    expect(applyTransition(workflow, state, { type: 'complete' }, bo, now())).toMatchObject({
      ok: false,
      error: { code: 'role-required' },
    });

    state = step(workflow, state, { type: 'complete' }, penyuluh, now());
    state = step(workflow, state, { type: 'complete' }, kabid, now());
    expect(state.stationId).toBe('parafBerjenjang.3');
    expect(state.parafs.map((p) => p.position)).toEqual(['Penyuluh Sosial', 'Kepala Bidang']);

    expect(
      applyTransition(workflow, state, { type: 'sendBack', reason: ' ' }, sekretaris, now()),
    ).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    expect(
      applyTransition(
        workflow,
        state,
        { type: 'sendBack', reason: 'Nomor KK salah' },
        kabid,
        now(),
      ),
    ).toMatchObject({ ok: false, error: { code: 'position-required' } });
    state = step(
      workflow,
      state,
      { type: 'sendBack', reason: 'Nomor KK pada surat salah ketik' },
      sekretaris,
      now(),
    );
    expect(state.stationId).toBe('buatSurat');
    expect(state.parafs).toEqual([]);
    expect(state.history.at(-1)).toMatchObject({
      event: { type: 'sendBack', reason: 'Nomor KK pada surat salah ketik' },
      position: 'Sekretaris Dinas Sosial',
      from: { stationId: 'parafBerjenjang.3' },
      to: { stationId: 'buatSurat' },
    });

    state = step(workflow, state, { type: 'complete' }, bo, now());
    state = parafChain(workflow, state, now);
    expect(state.stationId).toBe('tandaTangan');
    expect(state.parafs.map((p) => [p.stationId, p.position, p.userId])).toEqual([
      ['parafBerjenjang.1', 'Penyuluh Sosial', penyuluh.userId],
      ['parafBerjenjang.2', 'Kepala Bidang', kabid.userId],
      ['parafBerjenjang.3', 'Sekretaris Dinas Sosial', sekretaris.userId],
    ]);

    expect(applyTransition(workflow, state, { type: 'complete' }, sekretaris, now())).toMatchObject(
      {
        ok: false,
        error: { code: 'role-required' },
      },
    );
    expect(
      applyTransition(
        workflow,
        state,
        { type: 'complete' },
        signer('Sekretaris Dinas Sosial'),
        now(),
      ),
    ).toMatchObject({ ok: false, error: { code: 'signer-position' } });
    state = step(workflow, state, { type: 'complete' }, kadis, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    expect(state.stationId).toBe(implicitOutcomeStationId);
    state = step(
      workflow,
      state,
      {
        type: 'recordOutcome',
        outcome: { kind: 'accepted', cardNumber: '0003456789012', activeFrom: '2026-07-21' },
      },
      fo,
      now(),
    );
    expect(state.status).toBe('accepted');
  });

  it('lets the signer send the draft back too, clearing every paraf', () => {
    const now = ticking('2026-07-20T09:00:00+08:00');
    let state = step(workflow, toDraft(workflow, now), { type: 'complete' }, bo, now());
    state = parafChain(workflow, state, now);
    state = step(workflow, state, { type: 'sendBack', reason: 'Salah alamat' }, kadis, now());
    expect(state).toMatchObject({ stationId: 'buatSurat', parafs: [] });
  });

  it('has no paper check station, so papers cannot be returned at the registry check', () => {
    const now = ticking('2026-07-20T09:00:00+08:00');
    let state = open(workflow, fo, now());
    state = step(workflow, state, { type: 'complete' }, fo, now());
    const result = applyTransition(
      workflow,
      state,
      { type: 'returnPapers', missing: ['fotokopiKk'] },
      fo,
      now(),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'return-not-allowed' } });
  });
});
