// Kinds 6–8 rendered to PDF and read back with poppler-utils: the receipt and return slip on
// one page, the dispatch book and the BNBA recap over many pages with the header on each,
// the service-standard posters; PNGs in test-results/letters/png/.
import { beforeAll, describe, expect, it } from 'vitest';
import { fo } from '../commands/harness.test-helpers';
import type { PaperSize } from '../office/profile';
import { bnbaRowOf } from './bnbaFromCases';
import { catalog, profileOf, regions, signers, type SeedOfficeId } from './fixtures.test-helpers';
import { letterCases, longestName } from './letterCases.test-helpers';
import { bukuEkspedisi, type DispatchEntry } from './kinds/bukuEkspedisi';
import { posterInputOf, posterStandar } from './kinds/posterStandar';
import { rekapBnba, type BnbaRow } from './kinds/rekapBnba';
import { tandaTerimaBerkas } from './kinds/tandaTerimaBerkas';
import type { LetterElement } from './LetterDocument';
import { letterLabels } from './labels';
import { letterOfficeOf, letterSignerOf } from './office';
import { pdfFonts, pdfInfo, pdfPages, pdfText } from './pdfChecks.test-helpers';
import {
  missingPoppler,
  registerNodeLetterFonts,
  runTool,
  writeLetterPdf,
} from '../../test-support/letterPdfOutput';
import { receiptInputOf } from './receiptFromCase';

const run = runTool;
const missing = missingPoppler;

beforeAll(registerNodeLetterFonts);

async function render(name: string, document: LetterElement) {
  const file = await writeLetterPdf(name, document);
  expect(pdfFonts(run, file).every((font) => font.embedded)).toBe(true);
  return { file, info: pdfInfo(run, file) };
}

function receipt(mode: 'received' | 'returned', paperSize: PaperSize, worst = false) {
  const letterCase = worst ? letterCases.padangPanjang(true) : letterCases.tanggamus();
  const { h, caseId } = letterCase;
  const record = h.caseOf(caseId);
  const papers = h.documentsOf(caseId).map((doc) => doc.requirementId);
  const documents = papers.map((requirementId, i) => ({
    requirementId,
    status: mode === 'received' || (!worst && i < papers.length - 1) ? 'present' : 'missing',
  }));
  h.must('case.checkDocuments', { caseId, documents }, fo);
  const standard = catalog.packs
    .flatMap((pack) => pack.standards)
    .find((s) => s.serviceCode === record.serviceCode && s.version === record.standardVersion);
  if (!standard) throw new Error('no standard');
  const input = receiptInputOf({
    mode,
    caseRecord: h.caseOf(caseId),
    documents: h.documentsOf(caseId),
    persons: [...h.persons.values()],
    profile: profileOf(letterCase.officeId, paperSize),
    standard,
    date: '2026-07-20',
    officer: 'Ani Rahmawati',
    regions,
  });
  if (!input) throw new Error('no subject');
  return tandaTerimaBerkas(input);
}

const villages = ['Silabu', 'Betumonga', 'Saumanganya', 'Sikakap', 'Matobe', 'Taikako'];
const names = [
  'Yohanes Saleleubaja',
  'Maria Sababalat',
  'Paulus Sakerebau',
  'Kristina Samaloisa',
  'Fransiskus Satoko',
  longestName,
];

/** 120 people of a month's list at Mentawai, some with long names and no card yet. */
const bnbaRows: BnbaRow[] = Array.from({ length: 120 }, (_, i) => ({
  nik: `1309014${String(1000000 + i * 7919).slice(-6)}${String(1 + (i % 900)).padStart(3, '0')}`,
  kk: `130901010615${String(42 + i).padStart(4, '0')}`,
  name: `${names[i % names.length]}${i % names.length === 5 ? '' : ` ${i + 1}`}`,
  sex: i % 2 === 0 ? 'female' : 'male',
  birthDate: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
  address: `Dusun ${['Mapinang', 'Sinaka', 'Boriai'][i % 3]} RT 00${1 + (i % 5)}/RW 00${1 + (i % 3)}`,
  village: villages[i % villages.length] ?? 'Silabu',
  ...(i % 4 === 0 ? {} : { registry: `DTSEN desil ${1 + (i % 5)}` }),
  ...(i % 3 === 0 ? {} : { cardNumber: `000${String(1234567890 + i)}` }),
  segment: 'PBI APBD',
  letterNumber: `400.9.11/${String(100 + i).padStart(4, '0')}/Dinsos/2026`,
}));

describe.skipIf(missing.length > 0)(
  `forms and tables as PDF (poppler-utils missing: ${missing.join(', ') || 'none'})`,
  () => {
    it.each(['F4', 'A4'] as const)(
      'the receipt lists every paper on one %s page',
      async (paper) => {
        const { file, info } = await render(
          `tandaTerimaBerkas-received-${paper}`,
          receipt('received', paper),
        );
        expect(info.pages).toBe(1);
        const text = pdfText(run, file);
        expect(text).toContain('TANDA TERIMA BERKAS');
        expect(text).toContain('Senin, 20 Juli 2026');
        expect(text).toContain('Fotokopi KK');
        expect(text).toContain('Ada');
        expect(text).toContain('Petugas');
        expect(text).toContain('Ani Rahmawati');
      },
    );

    it.each(['F4', 'A4'] as const)(
      'the return slip lists what is missing on one %s page',
      async (paper) => {
        const normal = await render(
          `tandaTerimaBerkas-returned-${paper}`,
          receipt('returned', paper),
        );
        expect(normal.info.pages).toBe(1);
        const text = pdfText(run, normal.file);
        expect(text).toContain('TANDA PENGEMBALIAN BERKAS');
        expect(text).toContain('Keterangan Sakit');
        expect(text).not.toContain('Fotokopi KK');
        const worst = await render(
          `tandaTerimaBerkas-returned-worst-${paper}`,
          receipt('returned', paper, true),
        );
        expect(worst.info.pages).toBe(1);
        const worstText = pdfText(run, worst.file);
        expect(worstText).toContain(longestName.slice(0, 40));
        expect(worstText).toContain('ditulis nomor telepon/HP');
      },
    );

    it('the dispatch book runs over pages with its header on each and "Halaman i dari N"', async () => {
      const entries: DispatchEntry[] = Array.from({ length: 40 }, (_, i) => ({
        date: `2026-07-${String(1 + (i % 28)).padStart(2, '0')}`,
        number: `400.9.11/${String(200 + i).padStart(4, '0')}/Dinkes/2026`,
        addressee: i % 2 === 0 ? 'Kepala BPJS Kesehatan Cabang Bukittinggi' : 'Yusnaini',
        subject: 'Rekomendasi Kepesertaan Jaminan Kesehatan Sumbar Sakato (JKSS)',
        ...(i % 3 === 0 ? { receiver: 'Afdal' } : {}),
      }));
      const office = letterOfficeOf(profileOf('dinkes-padang-panjang'));
      const book = bukuEkspedisi({ office, month: '2026-07', issueDate: '2026-07-31', entries });
      const { file, info } = await render('bukuEkspedisi-padangPanjang-F4', book);
      expect(info.pages).toBeGreaterThan(1);
      // The painted table is exactly the grid the pages were cut by: no page more.
      expect(info.pages).toBe(book.props.expectedPages);
      expect(info.height).toBeCloseTo(935.43, 1);
      const pages = pdfPages(run, file);
      expect(pages).toHaveLength(info.pages);
      pages.forEach((page, i) => {
        expect(page).toContain('Nomor Surat');
        expect(page).toContain('Tanda Tangan');
        expect(page).toContain(`Halaman ${i + 1} dari ${info.pages}`);
      });
      expect(pages[0]).toContain('BUKU EKSPEDISI SURAT KELUAR');
      // A number too wide for its column wraps after a "/", never inside a part.
      expect(pages.join(' ')).toMatch(/400\.9\.11\/0239\/ ?Dinkes\/2026/);
    });

    it('the BNBA recap of 120 people is a landscape table over many pages', async () => {
      const office = letterOfficeOf(profileOf('dinsos-mentawai'));
      const recap = rekapBnba({
        office,
        month: '2026-07',
        issueDate: '2026-07-24',
        service: 'Rekomendasi Kepesertaan BPJS bersumber APBD',
        rows: bnbaRows,
        signer: letterSignerOf(signers['dinsos-mentawai']),
      });
      const { file, info } = await render('rekapBnba-mentawai-120-F4', recap);
      expect(info.pages).toBe(recap.props.expectedPages);
      expect(info.width).toBeCloseTo(935.43, 1);
      expect(info.height).toBeCloseTo(609.45, 1);
      expect(info.pages).toBeGreaterThanOrEqual(5);
      const pages = pdfPages(run, file);
      expect(pages).toHaveLength(info.pages);
      pages.forEach((page, i) => {
        for (const column of ['NIK', 'No. KK', 'Nama', 'Desa/Kelurahan', 'No. Kartu BPJS']) {
          expect(page).toContain(column);
        }
        expect(page).toContain(`Halaman ${i + 1} dari ${info.pages}`);
      });
      const all = pages.join(' ');
      expect(all).toContain('Bulan Juli 2026');
      expect(all).toContain('Jumlah: 120 orang');
      for (const row of bnbaRows) {
        expect(all.split(row.nik ?? '-').length - 1, row.nik).toBe(1);
      }
      expect(pages.at(-1)).toContain('NIP. 19720315 199803 1 004');
    });

    it('the BNBA recap follows an A4 office in landscape', async () => {
      const office = letterOfficeOf(profileOf('dinsos-mentawai', 'A4'));
      const { info } = await render(
        'rekapBnba-mentawai-30-A4',
        rekapBnba({
          office,
          month: '2026-07',
          issueDate: '2026-07-24',
          rows: bnbaRows.slice(0, 30),
        }),
      );
      expect(info.width).toBeCloseTo(841.89, 1);
      expect(info.height).toBeCloseTo(595.28, 1);
      expect(info.pages).toBeGreaterThan(1);
    });

    it('the BNBA recap of a month without people says so on one page', async () => {
      const office = letterOfficeOf(profileOf('dinsos-mentawai'));
      const { file, info } = await render(
        'rekapBnba-mentawai-0-F4',
        rekapBnba({ office, month: '2026-08', issueDate: '2026-08-31', rows: [] }),
      );
      expect(info.pages).toBe(1);
      const text = pdfText(run, file);
      expect(text).toContain(letterLabels.bnba.empty);
      expect(text).toContain('Halaman 1 dari 1');
    });

    it('turns a case into a BNBA row', () => {
      const { h, caseId } = letterCases.bulukumbaV2();
      const record = h.caseOf(caseId);
      const subject = h.persons.get(record.subjectId);
      if (!subject) throw new Error('no subject');
      expect(
        bnbaRowOf({ ...record, letterNumber: '400.9.11/0123/Dinsos/2026' }, subject, regions),
      ).toEqual({
        nik: subject.nik,
        kk: subject.kk,
        name: 'Hasnawati Daeng Bau',
        sex: 'female',
        birthDate: '1985-03-12',
        address: 'Jl. Serikaya No. 3, RT 002/RW 001',
        village: 'Matekko',
        registry: 'DTSEN desil 2',
        cardNumber: '0001234567890',
        segment: 'PBI APBN',
        letterNumber: '400.9.11/0123/Dinsos/2026',
      });
    });

    const posters = catalog.packs.flatMap((pack) =>
      pack.standards.map(
        (standard) =>
          [
            `${standard.serviceCode}-v${standard.version}`,
            pack.office.id as SeedOfficeId,
            standard,
          ] as const,
      ),
    );
    it.each(posters)(
      'the poster of %s shows every part of the standard',
      async (name, officeId, standard) => {
        const input = posterInputOf(profileOf(officeId), standard, '2026-07-21');
        const { file, info } = await render(`posterStandar-${name}-F4`, posterStandar(input));
        expect(info.height).toBeCloseTo(935.43, 1);
        const text = pdfText(run, file);
        expect(text).toContain('STANDAR PELAYANAN');
        for (const heading of [
          'Dasar Hukum',
          'Persyaratan',
          'Sistem, Mekanisme dan Prosedur',
          'Jangka Waktu Penyelesaian',
          'Biaya/Tarif',
          'Produk Pelayanan',
          'Jam Pelayanan',
          'Penanganan Pengaduan, Saran dan Masukan',
        ]) {
          expect(text).toContain(heading);
        }
        expect(text).toContain('Tidak dipungut biaya');
        expect(text).toContain(standard.requirements[0]?.label.slice(0, 30));
        expect(text).toContain(standard.completionTimes[0]?.text ?? 'Tidak dicantumkan');
        for (const basis of standard.legalBasis)
          expect(text).toContain(`Nomor ${basis.number} Tahun ${basis.year}`);
      },
    );
  },
);
