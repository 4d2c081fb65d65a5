// Test-only: cases of the seed offices brought to a given station through the commands.
import {
  bo,
  createHarness,
  fo,
  registerPayload,
  staff,
  type Harness,
} from './harness.test-helpers';

export const penyuluh = staff('rina', ['reviewer'], ['Penyuluh Sosial']);
export const kabid = staff('hasan', ['reviewer'], ['Kepala Bidang']);
export const sekretaris = staff('yusuf', ['reviewer'], ['Sekretaris Dinas Sosial']);
export const kadis = staff('andi', ['signer'], ['Kepala Dinas Sosial']);
export const tanggamusOfficial = staff(
  'pejabat',
  ['signer'],
  ['Pejabat Dinas Sosial yang bertugas'],
);

export interface Opened {
  h: Harness;
  caseId: string;
}

/** A seed 000 (Tanggamus) case at the receiving station, Monday 20 July 2026 08:00 WIB. */
export function tanggamusCase(overrides: Record<string, unknown> = {}): Opened {
  const h = createHarness('dinsos-tanggamus', '2026-07-20T08:00:00+07:00');
  const payload = registerPayload('dinsos-tanggamus', 'REK-PBPU-PEMDA', '180601', overrides);
  h.must('case.register', payload, fo);
  return { h, caseId: payload.caseId };
}

export const tanggamusPapers = (missing: readonly string[] = []) =>
  ['fotokopiKk', 'fotokopiKtp', 'keteranganSakit'].map((requirementId) => ({
    requirementId,
    status: missing.includes(requirementId) ? 'missing' : 'present',
  }));

/** A seed 000 case standing at the paper check with the illness statement missing. */
export function tanggamusAtCheck(): Opened {
  const opened = tanggamusCase();
  opened.h.must(
    'case.checkDocuments',
    { caseId: opened.caseId, documents: tanggamusPapers(['keteranganSakit']) },
    fo,
  );
  return opened;
}

/** A seed 003 v2 (Bulukumba) case at the DTSEN check, Monday 20 July 2026 09:00 WITA. */
export function bulukumbaCase(overrides: Record<string, unknown> = {}): Opened {
  const h = createHarness('dinsos-bulukumba', '2026-07-20T09:00:00+08:00');
  const payload = registerPayload('dinsos-bulukumba', 'REAKTIVASI-PBI', '730201', overrides);
  h.must('case.register', payload, fo);
  return { h, caseId: payload.caseId };
}

export const dtsenListed = {
  registry: 'DTSEN',
  listed: true,
  decile: 2,
  checkedOn: '2026-07-20',
  officer: 'Ani',
};

/** A seed 003 v2 case at the drafting station. */
export function bulukumbaAtDraft(): Opened {
  const opened = bulukumbaCase();
  const { h, caseId } = opened;
  h.must('case.recordRegistryCheck', { caseId, check: dtsenListed }, fo);
  h.must('case.completeStep', { caseId, stationId: 'registrasi' }, fo);
  return opened;
}

/** A seed 003 v2 case at the signature, its three paraf given. */
export function bulukumbaAtSignature(): Opened {
  const opened = bulukumbaAtDraft();
  const { h, caseId } = opened;
  h.must('case.submitForParaf', { caseId, stationId: 'buatSurat' }, bo);
  h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.1' }, penyuluh);
  h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.2' }, kabid);
  h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.3' }, sekretaris);
  return opened;
}

/** A seed 004 (Solok) case on one of its two tracks, 20 July 2026 08:00 WIB. */
export function solokCase(
  trackId: 'bayiBaruLahir' | 'reaktivasi',
  overrides: Record<string, unknown> = {},
): Opened {
  const h = createHarness('dinsos-solok', '2026-07-20T08:00:00+07:00');
  const payload = registerPayload('dinsos-solok', 'REK-BPJS-GRATIS', '137201', {
    trackId,
    ...overrides,
  });
  h.must('case.register', payload, fo);
  return { h, caseId: payload.caseId };
}
