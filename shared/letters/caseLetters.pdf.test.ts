// Kinds 1–5 rendered to PDF and read back with poppler-utils: paper, one page, embedded fonts,
// the Indonesian text; PNGs for a person to look at in test-results/letters/png/.
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PaperSize } from '../office/profile';
import { letterCases, longestName, sourceOf, type LetterCase } from './letterCases.test-helpers';
import { caseLetterOf } from './fromCase';
import { pdfFonts, pdfInfo, pdfText } from './pdfChecks.test-helpers';
import {
  missingPoppler,
  registerNodeLetterFonts,
  runTool,
  writeLetterPdf,
} from '../../test-support/letterPdfOutput';

const run = runTool;
const missing = missingPoppler;

/** A QR of the size the office signature gives (version 8, level M). */
const modules = (text: string) => {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => data[y * size + x] === 1),
  );
};
const verification = { code: 'K7QM-4XPA-93HD', qr: modules(`LKT1.${'7Q3M'.repeat(42)}`) };

const paper = {
  F4: { width: 609.45, height: 935.43 },
  A4: { width: 595.28, height: 841.89 },
} satisfies Record<PaperSize, { width: number; height: number }>;

beforeAll(registerNodeLetterFonts);

async function render(name: string, letterCase: LetterCase, paperSize: PaperSize, worst: boolean) {
  const built = caseLetterOf(sourceOf(letterCase, { paperSize, verification, worst }));
  if (!built.ok) throw new Error(built.message);
  return { file: await writeLetterPdf(name, built.document), kind: built.kind };
}

/** Each kind with the words its wording must carry. */
const cases: Array<[string, (worst: boolean) => LetterCase, string[]]> = [
  [
    'rekomendasiPbpuPemda-tanggamus',
    letterCases.tanggamus,
    ['Rekomendasi Pendaftaran Peserta PBPU/BP', 'Pemerintah Kabupaten Tanggamus', 'DTKS'],
  ],
  [
    'rekomendasiApbd-mentawai',
    letterCases.mentawai,
    ['bersumber APBD', 'SKTM', 'Nomor 474/27/SLB/VII/2026', 'Kabupaten Kepulauan Mentawai'],
  ],
  [
    'rekomendasiJkss-padangPanjang',
    letterCases.padangPanjang,
    ['Jaminan Kesehatan Sumbar Sakato (JKSS)', 'KEPALA DINAS KESEHATAN', 'KOTA PADANG PANJANG'],
  ],
  [
    'keteranganReaktivasi-bulukumbaV1',
    letterCases.bulukumbaV1,
    ['Permohonan Reaktivasi PBI', 'non-aktif sejak 5 Januari 2026', 'DTKS', '0001234567890'],
  ],
  [
    'keteranganReaktivasi-bulukumbaV2',
    letterCases.bulukumbaV2,
    [
      'Pengaktifan Kembali PBI',
      'Peraturan Menteri Sosial Nomor 3 Tahun 2026',
      'RSUD H. Andi Sulthan Daeng Radja Nomor 445/1234/RSUD/VII/2026 tanggal 18 Juli 2026',
      'desil 2',
      'Segera',
    ],
  ],
  [
    'rekomendasiBayiBaruLahir-solokPbi',
    (worst) => letterCases.solokNewborn('PBI-APBN', worst),
    ['Kepala BPJS Kesehatan', 'Belum memiliki NIK', 'PBI Jaminan Kesehatan (APBN)'],
  ],
  [
    'rekomendasiBayiBaruLahir-solokJkss',
    (worst) => letterCases.solokNewborn('JKSS', worst),
    ['Kepala Dinas Kesehatan Kota Solok', 'Jaminan Kesehatan Sumbar Sakato (JKSS)'],
  ],
  [
    'rekomendasiReaktivasi-solok',
    letterCases.solokReactivation,
    ['Rekomendasi Reaktivasi Kepesertaan', 'Peraturan Menteri Sosial Nomor 147 Tahun 2013'],
  ],
];

describe.skipIf(missing.length > 0)(
  `case letters as PDF (poppler-utils missing: ${missing.join(', ') || 'none'})`,
  () => {
    it.each(cases)('%s: one F4 page, Arimo embedded, the wording', async (name, make, words) => {
      const { file } = await render(`${name}-F4`, make(false), 'F4', false);
      const info = pdfInfo(run, file);
      expect(info.pages).toBe(1);
      expect(info.width).toBeCloseTo(paper.F4.width, 1);
      expect(info.height).toBeCloseTo(paper.F4.height, 1);
      const fonts = pdfFonts(run, file);
      expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
        'Arimo-Bold',
        'Arimo-Regular',
      ]);
      expect(fonts.every((font) => font.embedded)).toBe(true);
      const text = pdfText(run, file);
      for (const expected of [
        'Nomor : 400.9.11/0123/Dinsos/2026',
        '21 Juli 2026',
        'Yth.',
        'Tempat',
        'Tembusan:',
        'Kode verifikasi: K7QM-4XPA-93HD',
        ...words,
      ]) {
        expect(text).toContain(expected);
      }
      expect(text.toLowerCase()).not.toContain('elektronik');
    });

    it.each(cases)('%s: the worst case stays on one page of F4 and of A4', async (name, make) => {
      for (const paperSize of ['F4', 'A4'] as const) {
        const { file } = await render(`${name}-worst-${paperSize}`, make(true), paperSize, true);
        const info = pdfInfo(run, file);
        expect(info.pages).toBe(1);
        expect(info.width).toBeCloseTo(paper[paperSize].width, 1);
        expect(info.height).toBeCloseTo(paper[paperSize].height, 1);
        expect(pdfFonts(run, file).every((font) => font.embedded)).toBe(true);
        const text = pdfText(run, file);
        expect(text).toContain(longestName.slice(0, 40));
        expect(text).toContain('Kampuang Tanjuang Koto Mambang Sungai Durian');
        expect(text).toContain('Sekretaris Dinas Sosial');
        expect(text).toContain('3. Arsip.');
      }
    });
  },
);
