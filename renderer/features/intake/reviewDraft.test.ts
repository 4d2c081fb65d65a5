import { describe, expect, it } from 'vitest';
import { errorsOf, stepOfField } from './fieldIssue';
import { reviewDraft } from './reviewDraft';
import { bulukumbaDraft, settingFor } from './testFixtures';

const bulukumba = settingFor('dinsos-bulukumba', '2026-04-02');
const fields = (issues: ReadonlyArray<{ field: string }>) => issues.map((issue) => issue.field);

describe('reviewDraft', () => {
  it('finds nothing wrong with a complete Bulukumba reactivation, and all rules met', () => {
    const review = reviewDraft(bulukumbaDraft(), bulukumba);
    expect(review.standard?.version).toBe(2);
    expect(errorsOf(review.issues)).toEqual([]);
    expect(review.missing).toEqual([]);
    expect(review.findings.map((finding) => finding.result)).toEqual(['met', 'met', 'met', 'met']);
    expect(review.facts).toMatchObject({
      'registry.decile': 3,
      'bpjs.nonActiveMonths': 2,
      'papers.complete': true,
      'faskes.letterPresent': true,
    });
  });

  it('shows the NIK contradiction and the decile rule live, keeping what was typed', () => {
    const draft = bulukumbaDraft();
    draft.applicant.sex = 'male';
    draft.registry.decile = '7';
    const review = reviewDraft(draft, bulukumba);
    expect(errorsOf(review.issues).map((issue) => issue.message)).toEqual([
      'Jenis kelamin tidak sesuai dengan NIK: menurut NIK, pemiliknya perempuan.',
    ]);
    expect(review.findings.find((finding) => finding.code === 'decileTooHigh')).toMatchObject({
      result: 'notMet',
      message: 'Desil 7 melebihi batas desil 5.',
    });
    expect(draft.applicant.nik).toHaveLength(16);
  });

  it('asks for the faskes letter where the 2026 standard requires it', () => {
    const draft = bulukumbaDraft();
    draft.reason = {
      ...draft.reason,
      faskesName: '',
      faskesLetterNumber: '',
      faskesLetterDate: '',
    };
    expect(fields(errorsOf(reviewDraft(draft, bulukumba).issues))).toEqual([
      'reason.faskes.name',
      'reason.faskes.letterNumber',
    ]);
  });

  it('blocks registration with a mandatory paper missing where papers can go back', () => {
    const tanggamus = settingFor('dinsos-tanggamus', '2026-04-02');
    const draft = {
      ...bulukumbaDraft(),
      serviceCode: 'REK-PBPU-PEMDA',
      papers: {
        fotokopiKk: { status: 'present' as const, scans: [] },
        fotokopiKtp: { status: 'missing' as const, scans: [] },
      },
    };
    const review = reviewDraft(draft, tanggamus);
    expect(review.missing.map((requirement) => requirement.id)).toEqual([
      'fotokopiKtp',
      'keteranganSakit',
    ]);
    expect(
      errorsOf(review.issues).filter((issue) => stepOfField(issue.field) === 'papers'),
    ).toEqual([
      {
        field: 'papers.keteranganSakit',
        severity: 'error',
        message: 'Tandai berkas ini ada atau belum ada.',
        missing: true,
      },
      {
        field: 'papers',
        severity: 'error',
        message:
          'Berkas wajib belum lengkap: Fotokopi KTP. Kembalikan berkas kepada pemohon, atau tandai “Ada” bila sudah diserahkan.',
      },
    ]);
  });

  it('lets a newborn on the Solok newborn track go without a NIK and asks the family scheme', () => {
    const solok = settingFor('dinsos-solok', '2026-04-02');
    const draft = {
      ...bulukumbaDraft(),
      serviceCode: 'REK-BPJS-GRATIS',
      trackId: 'bayiBaruLahir',
      relationship: 'parent' as const,
      subject: {
        ...bulukumbaDraft().applicant,
        nik: '',
        noNik: true,
        name: 'Bayi Ny. Siti',
        birthDate: '28-03-2026',
        sex: 'male' as const,
        phone: '',
      },
      papers: {
        fotokopiKk: { status: 'present' as const, scans: [] },
        keteranganKelahiran: { status: 'present' as const, scans: [] },
      },
      registry: {
        ...bulukumbaDraft().registry,
        registry: '' as const,
        listed: '' as const,
        decile: '',
      },
      bpjs: {
        cardNumber: '',
        segment: 'belumTerdaftar' as const,
        status: '' as const,
        since: '',
        familyScheme: '' as const,
      },
    };
    const review = reviewDraft(draft, solok);
    expect(review.profile?.newborn).toBe(true);
    expect(fields(errorsOf(review.issues))).toEqual(['bpjs.familyScheme']);
    draft.subject.noNik = false;
    expect(fields(errorsOf(reviewDraft(draft, solok).issues))).toEqual([
      'subject.nik',
      'bpjs.familyScheme',
    ]);
  });
});
