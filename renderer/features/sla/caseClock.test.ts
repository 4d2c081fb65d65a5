import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../../shared/standards/seeds';
import { fo, officeOf, open, seedStandard, step } from '../../../shared/workflow/flows/fixtures';
import { deriveWorkflow } from '../../../shared/workflow';
import { caseClock, caseWorkflow, measureCase, measureSteps } from './caseClock';

const catalog = seedCatalog();
const wita = (local: string) => new Date(`${local}+08:00`);

function bulukumbaCase(version: number) {
  const workflow = deriveWorkflow(
    seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', version),
    'utama',
  );
  let state = open(workflow, fo, wita('2026-07-20T09:00'));
  state = step(workflow, state, { type: 'complete' }, fo, wita('2026-07-20T09:01'));
  return {
    officeId: 'dinsos-bulukumba',
    serviceCode: 'REAKTIVASI-PBI',
    standardVersion: version,
    trackId: 'utama',
    workflow: state,
  };
}

describe('caseClock', () => {
  it('derives the workflow of the case’s own version, once per catalog', () => {
    const v1 = caseWorkflow(catalog, bulukumbaCase(1));
    expect(v1.standard.version).toBe(1);
    expect(v1.workflow.stations.map((station) => station.id)).toContain('cekDtks');
    expect(caseWorkflow(catalog, bulukumbaCase(1))).toBe(v1);
    expect(caseWorkflow(catalog, bulukumbaCase(2)).workflow.stations.map((s) => s.id)).toContain(
      'cekDtsen',
    );
  });

  it('measures the case and each step on the office calendar', () => {
    const ref = bulukumbaCase(2);
    const clock = caseClock(catalog, officeOf('dinsos-bulukumba'), ref);
    expect(clock.clock.calendar.timeZone).toBe('Asia/Makassar');
    expect(measureCase(clock, ref, wita('2026-07-20T09:10'))).toMatchObject({
      due: wita('2026-07-20T09:30'),
      status: 'onTrack',
      paused: false,
    });
    const steps = measureSteps(clock, ref, wita('2026-07-20T09:10'));
    expect(steps.map((visit) => [visit.stationId, visit.status])).toEqual([
      ['laporKeDinsos', 'onTrack'],
      ['cekDtsen', 'overdue'],
    ]);
  });
});
