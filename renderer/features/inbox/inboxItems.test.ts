import { describe, expect, it } from 'vitest';
import type { CaseRecord, Priority } from '../../../shared/cases/records';
import { officeById } from '../../../shared/standards/catalog';
import { seedCatalog } from '../../../shared/standards/seeds';
import { deriveWorkflow, type CaseState } from '../../../shared/workflow';
import {
  bo,
  fo,
  open,
  reviewer,
  seedStandard,
  signer,
  staff,
  step,
  ticking,
} from '../../../shared/workflow/flows/fixtures';
import { inboxItems } from './inboxItems';

const catalog = seedCatalog();
const office = officeById(catalog, 'dinsos-bulukumba');
const workflow = deriveWorkflow(seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', 2), 'utama');
const penyuluh = reviewer('Penyuluh Sosial');
const kabid = reviewer('Kepala Bidang');
const sekretaris = reviewer('Sekretaris Dinas Sosial');
const kadis = signer('Kepala Dinas Sosial');

function caseAt(
  id: string,
  actors: ReturnType<typeof staff>[],
  start: string,
  priority: Priority = 'none',
): CaseRecord {
  const now = ticking(start);
  let state: CaseState = open(workflow, fo, now(), { 'papers.complete': true });
  for (const actor of actors) state = step(workflow, state, { type: 'complete' }, actor, now());
  return {
    id,
    officeId: office.id,
    serviceCode: 'REAKTIVASI-PBI',
    standardVersion: 2,
    trackId: 'utama',
    priority,
    applicantId: `p-${id}`,
    subjectId: `p-${id}`,
    relationship: 'self',
    subjectName: id,
    subjectNameKey: id,
    workflow: state,
    status: state.status,
    stationId: state.stationId,
    turnRole: null,
    notes: [],
    month: '2026-07',
    createdAt: start,
    createdBy: fo.userId,
    updatedAt: start,
  };
}

const toDraft = [fo, fo, fo, bo];
const now = new Date('2026-07-20T11:00:00+08:00');
const records = [
  caseAt('first-slot', toDraft, '2026-07-20T09:00:00+08:00'),
  caseAt('second-slot', [...toDraft, penyuluh], '2026-07-20T09:10:00+08:00'),
  caseAt('second-slot-urgent', [...toDraft, penyuluh], '2026-07-20T09:30:00+08:00', 'emergency'),
  caseAt('at-sign', [...toDraft, penyuluh, kabid, sekretaris], '2026-07-20T09:20:00+08:00'),
  caseAt('at-draft', [fo, fo, fo], '2026-07-20T09:00:00+08:00'),
];
const ids = (actor: ReturnType<typeof staff>) =>
  inboxItems(records, { catalog, office, actor, now }).map((item) => item.record.id);

describe('inboxItems', () => {
  it('gives each reviewer the cases at the paraf slot of their position, priority first', () => {
    expect(ids(penyuluh)).toEqual(['first-slot']);
    expect(ids(kabid)).toEqual(['second-slot-urgent', 'second-slot']);
    expect(ids(sekretaris)).toEqual([]);
  });

  it('gives the signer the cases waiting for a signature they may give', () => {
    expect(ids(kadis)).toEqual(['at-sign']);
    expect(ids(signer('Camat'))).toEqual([]);
  });

  it('leaves out everyone without the role, and the drafts', () => {
    expect(ids(bo)).toEqual([]);
    expect(ids(staff(['reviewer']))).toEqual([]);
  });

  it('measures the stay at the station', () => {
    const [item] = inboxItems(records, { catalog, office, actor: kadis, now });
    expect(item).toMatchObject({
      kind: 'sign',
      serviceLabel: 'Surat Keterangan Pengaktifan Kembali',
      visit: { status: 'overdue' },
    });
  });
});
