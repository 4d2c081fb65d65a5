import { describe, expect, it } from 'vitest';
import { deriveWorkflow } from '../derive';
import { bo, fo, officeOf, open, reviewer, seedStandard, signer, step } from '../flows/fixtures';
import { officeClock } from './calendar';
import { caseSla } from './caseSla';

const wib = (local: string) => new Date(`${local}+07:00`);
const wita = (local: string) => new Date(`${local}+08:00`);

function setup(officeId: string, serviceCode: string, trackId: string, version = 1) {
  const standard = seedStandard(officeId, serviceCode, version);
  const workflow = deriveWorkflow(standard, trackId);
  const clock = officeClock(officeOf(officeId), standard);
  return { standard, workflow, clock };
}

describe('case SLA against the published completion time', () => {
  it('rolls a Friday 16:20 Bulukumba case over the weekend (30 minutes, Asia/Makassar)', () => {
    const { standard, workflow, clock } = setup('dinsos-bulukumba', 'REAKTIVASI-PBI', 'utama', 2);
    const state = open(workflow, fo, wita('2026-07-24T16:20'));
    const at = (local: string) => caseSla(standard, workflow, state, clock, wita(local));
    expect(at('2026-07-25T10:00')).toMatchObject({
      basis: 'published',
      published: { text: '30 Menit' },
      totals: { status: 'consistent' },
      due: wita('2026-07-27T07:50'),
      elapsedMinutes: 10,
      remainingMinutes: 20,
      status: 'onTrack',
      paused: false,
    });
    expect(at('2026-07-27T07:45')).toMatchObject({ remainingMinutes: 5, status: 'dueSoon' });
    expect(at('2026-07-27T08:00')).toMatchObject({ remainingMinutes: -10, status: 'overdue' });
  });

  it('stops the case clock when the office hands over and the unpublished BPJS wait begins', () => {
    const { standard, workflow, clock } = setup('dinsos-bulukumba', 'REAKTIVASI-PBI', 'utama', 2);
    let state = open(workflow, fo, wita('2026-07-20T09:00'));
    const actors = [fo, fo, fo, bo, reviewer('Penyuluh Sosial'), reviewer('Kepala Bidang')];
    const more = [reviewer('Sekretaris Dinas Sosial'), signer('Kepala Dinas Sosial'), fo];
    [...actors, ...more].forEach((actor, i) => {
      state = step(
        workflow,
        state,
        { type: 'complete' },
        actor,
        wita(`2026-07-20T09:${String(3 * (i + 1)).padStart(2, '0')}`),
      );
    });
    expect(state.stationId).toBe('awaitOutcome.implicit');
    const sla = caseSla(standard, workflow, state, clock, wita('2026-08-03T10:00'));
    expect(sla).toMatchObject({
      endedAt: wita('2026-07-20T09:27'),
      status: 'onTrack',
      remainingMinutes: 3,
    });
  });

  it('reports that the seed 000 steps do not add up to the published 50 minutes, but measures against 50', () => {
    const { standard, workflow, clock } = setup('dinsos-tanggamus', 'REK-PBPU-PEMDA', 'utama');
    const state = open(workflow, fo, wib('2026-07-20T08:00'));
    const sla = caseSla(standard, workflow, state, clock, wib('2026-07-20T08:45'));
    expect(sla).toMatchObject({
      due: wib('2026-07-20T08:50'),
      remainingMinutes: 5,
      status: 'dueSoon',
    });
    expect(sla.totals).toMatchObject({ status: 'mismatch', steps: { minutes: 45 } });
  });

  it('uses the service scope, not the counter wait, for seed 002 (5 working days)', () => {
    const { standard, workflow, clock } = setup('dinkes-padang-panjang', 'REK-JKSS', 'utama');
    const state = open(workflow, fo, wib('2026-08-12T10:00'));
    expect(caseSla(standard, workflow, state, clock, wib('2026-08-13T10:00'))).toMatchObject({
      published: { text: 'Paling lama 5 hari kerja' },
      due: wib('2026-08-20T16:00'),
      status: 'onTrack',
    });
  });

  it('takes the track’s own published time at Solok', () => {
    const { standard, workflow, clock } = setup('dinsos-solok', 'REK-BPJS-GRATIS', 'reaktivasi');
    const state = open(workflow, fo, wib('2026-07-20T08:00'));
    expect(caseSla(standard, workflow, state, clock, wib('2026-07-20T08:05')).due).toEqual(
      wib('2026-07-20T08:10'),
    );
  });
});

describe('case SLA from the chained station targets', () => {
  it('adds the Mentawai steps, the cut-off and the card month when nothing is published', () => {
    const { standard, workflow, clock } = setup('dinsos-mentawai', 'REK-BPJS-APBD', 'utama');
    const state = open(workflow, fo, wib('2026-07-20T10:00'));
    expect(caseSla(standard, workflow, state, clock, wib('2026-07-21T10:00'))).toMatchObject({
      basis: 'stepSum',
      due: wib('2026-08-03T16:00'),
      status: 'onTrack',
    });
  });
});

describe('time with the citizen does not count', () => {
  const { standard, workflow, clock } = setup('dinsos-tanggamus', 'REK-PBPU-PEMDA', 'utama');
  let state = open(workflow, fo, wib('2026-07-20T08:00'));
  state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:05'));
  state = step(workflow, state, { type: 'complete' }, fo, wib('2026-07-20T08:10'));
  const returned = step(
    workflow,
    state,
    { type: 'returnPapers', missing: ['keteranganSakit'] },
    fo,
    wib('2026-07-20T08:15'),
  );

  it('stands still while the papers are out', () => {
    expect(caseSla(standard, workflow, returned, clock, wib('2026-07-21T12:00'))).toMatchObject({
      paused: true,
      endedAt: wib('2026-07-20T08:15'),
      elapsedMinutes: 15,
      remainingMinutes: 35,
      status: 'onTrack',
    });
  });

  it('restarts on resubmission, two days later', () => {
    const back = step(workflow, returned, { type: 'resubmit' }, fo, wib('2026-07-22T10:00'));
    expect(caseSla(standard, workflow, back, clock, wib('2026-07-22T10:30'))).toMatchObject({
      paused: false,
      startedAt: wib('2026-07-22T10:00'),
      due: wib('2026-07-22T10:50'),
      elapsedMinutes: 30,
      remainingMinutes: 20,
      status: 'onTrack',
    });
  });

  it('keeps standing still when facts are noted or the case is closed while the papers are out', () => {
    const noted = step(
      workflow,
      returned,
      { type: 'recordFacts', facts: { 'registry.listed': true } },
      fo,
      wib('2026-07-21T09:00'),
    );
    const cancelled = step(workflow, noted, { type: 'cancel' }, fo, wib('2026-07-23T09:00'));
    for (const later of [noted, cancelled]) {
      expect(caseSla(standard, workflow, later, clock, wib('2026-08-30T09:00'))).toMatchObject({
        endedAt: wib('2026-07-20T08:15'),
        remainingMinutes: 35,
        status: 'onTrack',
      });
    }
  });

  it('is judged at the moment it closed', () => {
    const cancelled = step(workflow, state, { type: 'cancel' }, fo, wib('2026-07-23T09:00'));
    expect(caseSla(standard, workflow, cancelled, clock, wib('2026-08-30T09:00'))).toMatchObject({
      endedAt: wib('2026-07-23T09:00'),
      status: 'overdue',
    });
  });
});
