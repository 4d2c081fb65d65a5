import { describe, expect, it } from 'vitest';
import { implicitOutcomeStationId } from '../../workflow/derive';
import { bo, createHarness, fo, registerPayload, sha, staff } from '../harness.test-helpers';

// Seed 003 v2: Dinsos Bulukumba, surat keterangan reaktivasi PBI under Permensos 3/2026 (DTSEN,
// faskes statement), walked command by command as the counter would.
const penyuluh = staff('rina', ['reviewer'], ['Penyuluh Sosial']);
const kabid = staff('hasan', ['reviewer'], ['Kepala Bidang']);
const sekretaris = staff('yusuf', ['reviewer'], ['Sekretaris Dinas Sosial']);
const kadis = staff('andi', ['signer'], ['Kepala Dinas Sosial']);
const wita = (local: string) => new Date(`${local}+08:00`);

describe('seed 003 v2 (Bulukumba) from the counter to the BPJS answer', () => {
  it('registers, checks papers and DTSEN, drafts, takes three paraf, signs, hands over and records the outcome', () => {
    const h = createHarness('dinsos-bulukumba', '2026-07-20T09:00:00+08:00');
    const payload = registerPayload('dinsos-bulukumba', 'REAKTIVASI-PBI', '730201', {
      priority: 'emergency',
      reason: {
        kind: 'emergency',
        text: 'Dirawat di RSUD H. Andi Sulthan Daeng Radja',
        faskes: { name: 'RSUD H. Andi Sulthan Daeng Radja', letterNumber: '445/123/RSUD/VII/2026' },
      },
    });
    const { caseId } = payload;

    const registered = h.must('case.register', payload, fo);
    expect(registered.changes.persons).toHaveLength(1);
    expect(h.documentsOf(caseId).map((d) => [d.requirementId, d.status])).toEqual([
      ['keteranganFaskes', 'missing'],
      ['fotokopiKartuBpjs', 'missing'],
      ['fotokopiKk', 'missing'],
      ['fotokopiIdentitas', 'missing'],
    ]);
    expect(h.caseOf(caseId)).toMatchObject({
      standardVersion: 2,
      status: 'open',
      stationId: 'cekDtsen',
      turnRole: 'fo',
      dueAt: wita('2026-07-20T09:05').toISOString(),
      caseDueAt: wita('2026-07-20T09:30').toISOString(),
      month: '2026-07',
      priority: 'emergency',
      subjectName: 'Siti Aminah',
      subjectNameKey: 'siti aminah',
    });
    expect(h.caseOf(caseId).workflow.history.map((entry) => entry.event.type)).toEqual([
      'open',
      'complete',
    ]);

    const papers = ['keteranganFaskes', 'fotokopiKartuBpjs', 'fotokopiKk', 'fotokopiIdentitas'];
    const checked = h.must(
      'case.checkDocuments',
      {
        caseId,
        documents: papers.map((requirementId, i) => ({
          requirementId,
          status: 'present',
          blobIds: [sha(String(i))],
        })),
      },
      fo,
    );
    expect(checked.warnings).toEqual([]);
    expect(h.caseOf(caseId).workflow.facts).toMatchObject({
      'papers.complete': true,
      'faskes.letterPresent': true,
    });
    expect(h.caseOf(caseId).stationId).toBe('cekDtsen');

    h.must(
      'case.recordBpjsStatus',
      {
        caseId,
        status: {
          cardNumber: '0001 2345 6789 0',
          segment: 'PBI-APBN',
          status: 'nonActive',
          since: '2026-02-01',
        },
      },
      fo,
    );
    expect(h.caseOf(caseId).bpjs?.cardNumber).toBe('0001234567890');
    expect(h.caseOf(caseId).workflow.facts['bpjs.nonActiveMonths']).toBe(5);
    expect(h.caseOf(caseId).stationId).toBe('cekDtsen');

    const registry = h.must(
      'case.recordRegistryCheck',
      {
        caseId,
        check: {
          registry: 'DTSEN',
          listed: true,
          decile: 2,
          checkedOn: '2026-07-20',
          officer: 'Ani',
        },
      },
      fo,
    );
    expect(registry.warnings).toEqual([]);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'registrasi',
      turnRole: 'fo',
      registry: { registry: 'DTSEN', decile: 2 },
    });

    h.must('case.completeStep', { caseId, stationId: 'registrasi' }, fo);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'buatSurat', turnRole: 'bo' });
    h.must('case.submitForParaf', { caseId, stationId: 'buatSurat' }, bo);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'parafBerjenjang.1',
      turnRole: 'reviewer',
    });
    const chainDue = h.caseOf(caseId).dueAt;
    h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.1' }, penyuluh);
    h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.2' }, kabid);
    expect(h.caseOf(caseId).dueAt).toBe(chainDue);
    h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.3' }, sekretaris);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'tandaTangan', turnRole: 'signer' });
    h.must('case.sign', { caseId, stationId: 'tandaTangan' }, kadis);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'serahkanSurat', turnRole: 'fo' });
    h.must('case.handOver', { caseId, stationId: 'serahkanSurat' }, fo);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: implicitOutcomeStationId, turnRole: 'fo' });
    expect(h.caseOf(caseId).dueAt).toBeUndefined();

    h.must(
      'case.recordOutcome',
      {
        caseId,
        outcome: { kind: 'accepted', cardNumber: '0001234567890', activeFrom: '2026-07-21' },
      },
      fo,
    );
    const closed = h.caseOf(caseId);
    expect(closed).toMatchObject({ status: 'accepted', turnRole: null });
    expect(closed.workflow.parafs.map((paraf) => paraf.position)).toEqual([
      'Penyuluh Sosial',
      'Kepala Bidang',
      'Sekretaris Dinas Sosial',
    ]);
    expect(closed.workflow.signed).toMatchObject({
      position: 'Kepala Dinas Sosial',
      userId: 'andi',
    });
    expect(
      closed.workflow.history.map((entry) => `${entry.event.type}@${entry.from.stationId}`),
    ).toEqual([
      'open@null',
      'complete@laporKeDinsos',
      'recordFacts@cekDtsen',
      'recordFacts@cekDtsen',
      'recordFacts@cekDtsen',
      'complete@cekDtsen',
      'complete@registrasi',
      'complete@buatSurat',
      'complete@parafBerjenjang.1',
      'complete@parafBerjenjang.2',
      'complete@parafBerjenjang.3',
      'complete@tandaTangan',
      'complete@serahkanSurat',
      `recordOutcome@${implicitOutcomeStationId}`,
    ]);
    expect(h.caseOf(caseId).caseDueAt).toBe(wita('2026-07-20T09:30').toISOString());
  });
});
