import { describe, expect, it } from 'vitest';
import { deriveWorkflow } from '../derive';
import { bo, fo, officeOf, open, reviewer, seedStandard, signer, step } from '../flows/fixtures';
import type { Actor, CaseState, Workflow } from '../types';
import { officeClock } from './calendar';
import { currentVisit, stationVisits } from './stations';

const wib = (local: string) => new Date(`${local}+07:00`);
const wita = (local: string) => new Date(`${local}+08:00`);

describe('a 5 + 5 + 10 + 20 + 5 minute day at the Tanggamus counter', () => {
  const standard = seedStandard('dinsos-tanggamus', 'REK-PBPU-PEMDA');
  const workflow = deriveWorkflow(standard, 'utama');
  const clock = officeClock(officeOf('dinsos-tanggamus'), standard);

  function walk(draftDoneAt: string): CaseState {
    let state = open(workflow, fo, wib('2026-07-20T08:00'));
    state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:05'));
    state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:10'));
    state = step(
      workflow,
      state,
      { type: 'recordFacts', facts: { 'papers.complete': true } },
      fo,
      wib('2026-07-20T08:15'),
    );
    state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:20'));
    state = step(workflow, state, { type: 'complete' }, bo, wib(draftDoneAt));
    return state;
  }

  it('keeps every station on its published time', () => {
    let state = walk('2026-07-20T08:40');
    state = step(workflow, state, { type: 'complete' }, signer(), wib('2026-07-20T08:45'));
    const visits = stationVisits(workflow, state, clock, wib('2026-07-20T08:45'));
    expect(visits.map((v) => [v.stationId, v.elapsedMinutes, v.status])).toEqual([
      ['ajukanBerkas', 5, 'onTrack'],
      ['terimaBerkas', 5, 'onTrack'],
      ['verifikasiBerkas', 10, 'onTrack'],
      ['buatSurat', 20, 'onTrack'],
      ['tandaTangan', 5, 'onTrack'],
      ['sampaikanKeBpjs', 0, 'onTrack'],
    ]);
    expect(visits.slice(0, 5).map((v) => v.remainingMinutes)).toEqual([0, 0, 0, 0, 0]);
    // Delivery to BPJS: "1 hari", the same time the next day.
    expect(currentVisit(visits)).toMatchObject({
      stationId: 'sampaikanKeBpjs',
      due: wib('2026-07-21T08:45'),
      remainingMinutes: 510,
    });
  });

  it('marks a slow draft overdue and a running check due soon', () => {
    const late = stationVisits(workflow, walk('2026-07-20T09:05'), clock, wib('2026-07-20T09:05'));
    expect(late.find((v) => v.stationId === 'buatSurat')).toMatchObject({
      elapsedMinutes: 45,
      remainingMinutes: -25,
      status: 'overdue',
      due: wib('2026-07-20T08:40'),
    });

    let state = open(workflow, fo, wib('2026-07-20T08:00'));
    state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:05'));
    state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:10'));
    const status = (at: string) =>
      currentVisit(stationVisits(workflow, state, clock, wib(at)))?.status;
    expect(status('2026-07-20T08:15')).toBe('onTrack');
    expect(status('2026-07-20T08:18')).toBe('dueSoon');
    expect(status('2026-07-20T08:21')).toBe('overdue');
  });

  it('gives a fresh clock to a station entered again after the papers came back', () => {
    let state = open(workflow, fo, wib('2026-07-20T08:00'));
    state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:05'));
    state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:10'));
    state = step(
      workflow,
      state,
      { type: 'returnPapers', missing: ['keteranganSakit'] },
      fo,
      wib('2026-07-20T08:15'),
    );
    state = step(workflow, state, { type: 'resubmit' }, fo, wib('2026-07-22T10:00'));
    const visits = stationVisits(workflow, state, clock, wib('2026-07-22T10:04'));
    expect(visits.filter((v) => v.stationId === 'verifikasiBerkas')).toMatchObject([
      { startedAt: wib('2026-07-20T08:10'), endedAt: wib('2026-07-20T08:15'), elapsedMinutes: 5 },
      { startedAt: wib('2026-07-22T10:00'), due: wib('2026-07-22T10:10'), elapsedMinutes: 4 },
    ]);
  });
});

describe('the paraf chain shares its step’s 5 minutes (seed 003 v2)', () => {
  const standard = seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', 2);
  const workflow: Workflow = deriveWorkflow(standard, 'utama');
  const clock = officeClock(officeOf('dinsos-bulukumba'), standard);

  it('measures every slot against the chain’s due, and restarts it after a send-back', () => {
    let state = open(workflow, fo, wita('2026-07-20T09:00'));
    for (const [actor, at] of [
      [fo, '09:01'],
      [fo, '09:06'],
      [fo, '09:10'],
      [bo, '09:15'],
      [reviewer('Penyuluh Sosial'), '09:17'],
      [reviewer('Kepala Bidang'), '09:19'],
    ] satisfies Array<[Actor, string]>) {
      state = step(workflow, state, { type: 'complete' }, actor, wita(`2026-07-20T${at}`));
    }
    const now = wita('2026-07-20T09:21');
    const slots = stationVisits(workflow, state, clock, now).filter((v) =>
      v.stationId.startsWith('paraf'),
    );
    expect(slots.map((v) => [v.stationId, v.due, v.status])).toEqual([
      ['parafBerjenjang.1', wita('2026-07-20T09:20'), 'onTrack'],
      ['parafBerjenjang.2', wita('2026-07-20T09:20'), 'onTrack'],
      ['parafBerjenjang.3', wita('2026-07-20T09:20'), 'overdue'],
    ]);

    state = step(
      workflow,
      state,
      { type: 'sendBack', reason: 'Tanggal lahir salah' },
      reviewer('Sekretaris Dinas Sosial'),
      wita('2026-07-20T09:22'),
    );
    state = step(workflow, state, { type: 'complete' }, bo, wita('2026-07-20T09:30'));
    const again = currentVisit(stationVisits(workflow, state, clock, wita('2026-07-20T09:31')));
    expect(again).toMatchObject({
      stationId: 'parafBerjenjang.1',
      due: wita('2026-07-20T09:35'),
      status: 'onTrack',
    });
  });
});

describe('stations without a published time', () => {
  it('reports noTarget (seed 004 newborn)', () => {
    const standard = seedStandard('dinsos-solok', 'REK-BPJS-GRATIS');
    const workflow = deriveWorkflow(standard, 'bayiBaruLahir');
    const clock = officeClock(officeOf('dinsos-solok'), standard);
    const state = open(workflow, fo, wib('2026-07-20T08:00'));
    expect(
      currentVisit(stationVisits(workflow, state, clock, wib('2026-07-20T09:00'))),
    ).toMatchObject({
      stationId: 'datang',
      elapsedMinutes: 60,
      status: 'noTarget',
    });
  });
});
