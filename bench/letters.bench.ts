// The letter documents (shared/letters) rendered to PDF in Node: every kind on F4, the worst
// one-page case, the dispatch book (40 letters), the BNBA recap (120 people) and a poster.
// The first benchmark's figures hold the first render of the process (fonts read and parsed,
// react-pdf and yoga not yet compiled by the JIT); its warm-up call then renders every
// one-page document twice, so each row's median is a warm render. Targets: first ≤ 800 ms,
// warm ≤ 100 ms per one-page letter. React runs its production build, as in the app.
import type { Benchmark } from './types';

process.env.NODE_ENV ??= 'production';

const { registerNodeLetterFonts } = await import('../test-support/letterPdfOutput');
const { caseLetterOf } = await import('../shared/letters/fromCase');
const { catalog, profileOf, signers } = await import('../shared/letters/fixtures.test-helpers');
const { letterCases, sourceOf } = await import('../shared/letters/letterCases.test-helpers');
const { bukuEkspedisi } = await import('../shared/letters/kinds/bukuEkspedisi');
const { posterInputOf, posterStandar } = await import('../shared/letters/kinds/posterStandar');
const { rekapBnba } = await import('../shared/letters/kinds/rekapBnba');
const { tandaTerimaBerkas } = await import('../shared/letters/kinds/tandaTerimaBerkas');
const { letterOfficeOf, letterSignerOf } = await import('../shared/letters/office');
const { pdfPageCount, renderLetterPdf } = await import('../shared/letters/render');
const { qrMatrix } = await import('../shared/letters/verification/qrMatrix');

type Document = Parameters<typeof renderLetterPdf>[0];

registerNodeLetterFonts();

/** A version-8 QR, the size of the office's signed payload. */
const verification = { code: 'K7QM-4XPA-93HD', qr: qrMatrix(`LKT1.${'7Q3M'.repeat(42)}`) };

function caseLetter(letterCase: Parameters<typeof sourceOf>[0], worst = false): Document {
  const built = caseLetterOf(sourceOf(letterCase, { verification, worst }));
  if (!built.ok) throw new Error(built.message);
  return built.document;
}

const mentawai = letterOfficeOf(profileOf('dinsos-mentawai'));
const receiptOffice = letterOfficeOf(profileOf('dinsos-tanggamus'));
const receipt = tandaTerimaBerkas({
  mode: 'returned',
  office: receiptOffice,
  registration: '01a232e8-0485-71ca-8239-d6afec862bac',
  date: '2026-07-20',
  service: 'Surat Pengantar/Rekomendasi PBPU/BP Pemerintah Daerah',
  subject: {
    name: 'Sri Rahayu',
    nik: '1806015203850001',
    address: 'Jl. Serikaya No. 3, Kota Agung',
  },
  papers: ['Fotokopi KK', 'Fotokopi KTP', 'Keterangan Sakit'].map((label, i) => ({
    label,
    status: i === 2 ? 'missing' : 'present',
    anyOf: [],
    notes: [],
  })),
  officer: 'Ani Rahmawati',
});
const dispatch = bukuEkspedisi({
  office: letterOfficeOf(profileOf('dinkes-padang-panjang')),
  month: '2026-07',
  issueDate: '2026-07-31',
  entries: Array.from({ length: 40 }, (_, i) => ({
    date: `2026-07-${String(1 + (i % 28)).padStart(2, '0')}`,
    number: `400.9.11/${String(200 + i).padStart(4, '0')}/Dinkes/2026`,
    addressee: 'Kepala BPJS Kesehatan Cabang Bukittinggi',
    subject: 'Rekomendasi Kepesertaan Jaminan Kesehatan Sumbar Sakato (JKSS)',
  })),
});
const BNBA_ROWS = 120;
const bnba = rekapBnba({
  office: mentawai,
  month: '2026-07',
  issueDate: '2026-07-24',
  service: 'Rekomendasi Kepesertaan BPJS bersumber APBD',
  signer: letterSignerOf(signers['dinsos-mentawai']),
  rows: Array.from({ length: BNBA_ROWS }, (_, i) => ({
    nik: `130901${String(4000000000 + i * 7919).slice(-10)}`,
    kk: `130901010615${String(42 + i).padStart(4, '0')}`,
    name: i % 5 === 0 ? 'Yohanes Saleleubaja Sababalat Sakerebau' : `Maria Satoko ${i + 1}`,
    sex: i % 2 === 0 ? ('female' as const) : ('male' as const),
    birthDate: '1985-03-12',
    address: `Dusun Sinaka RT 00${1 + (i % 5)}/RW 001`,
    village: 'Silabu',
    registry: `DTSEN desil ${1 + (i % 5)}`,
    cardNumber: `000${String(1234567890 + i)}`,
    segment: 'PBI APBD',
    letterNumber: `400.9.11/${String(100 + i).padStart(4, '0')}/Dinsos/2026`,
  })),
});
const solokStandard = catalog.packs
  .flatMap((pack) => pack.standards)
  .find((standard) => standard.serviceCode === 'REK-BPJS-GRATIS');
if (!solokStandard) throw new Error('no Solok standard');
const poster = posterStandar(posterInputOf(profileOf('dinsos-solok'), solokStandard, '2026-07-21'));

let firstMs: number | undefined;
let warmed = false;

async function rendered(document: Document, extra: Record<string, number> = {}) {
  const start = performance.now();
  const bytes = await renderLetterPdf(document);
  firstMs ??= performance.now() - start;
  return { figures: { bytes: bytes.length, pages: pdfPageCount(bytes), ...extra } };
}

const onePage: Document[] = [];

const letter = (name: string, document: () => Document): Benchmark => {
  const built = document();
  onePage.push(built);
  return { name: `letters: ${name}`, run: () => rendered(built) };
};

const first = caseLetter(letterCases.tanggamus());

export const benchmarks: Benchmark[] = [
  {
    name: 'letters: rekomendasiPbpuPemda F4 (figures: firstMs = first render of the process)',
    run: async () => {
      const result = await rendered(first);
      if (!warmed) {
        for (const document of [...onePage, ...onePage]) await renderLetterPdf(document);
        warmed = true;
      }
      return { figures: { ...result.figures, firstMs: firstMs ?? 0, firstTargetMs: 800 } };
    },
  },
  letter('rekomendasiApbd F4', () => caseLetter(letterCases.mentawai())),
  letter('rekomendasiJkss F4', () => caseLetter(letterCases.padangPanjang())),
  letter('keteranganReaktivasi v1 (DTKS) F4', () => caseLetter(letterCases.bulukumbaV1())),
  letter('keteranganReaktivasi v2 (Permensos 3/2026) F4', () =>
    caseLetter(letterCases.bulukumbaV2()),
  ),
  letter('rekomendasiBayiBaruLahir F4', () => caseLetter(letterCases.solokNewborn('JKSS'))),
  letter('rekomendasiReaktivasi F4', () => caseLetter(letterCases.solokReactivation())),
  letter('worst case (120-char name, 3 legal bases) A4 at 11 pt', () => {
    const built = caseLetterOf(
      sourceOf(letterCases.bulukumbaV2(true), { verification, worst: true, paperSize: 'A4' }),
    );
    if (!built.ok) throw new Error(built.message);
    return built.document;
  }),
  letter('tandaTerimaBerkas (return slip) F4', () => receipt),
  letter('posterStandar Solok (two tracks) F4', () => poster),
  letter('bukuEkspedisi, 40 letters, F4', () => dispatch),
  {
    name: `letters: rekapBnba, ${BNBA_ROWS} people, F4 landscape`,
    run: () => rendered(bnba, { rows: BNBA_ROWS }),
  },
];
