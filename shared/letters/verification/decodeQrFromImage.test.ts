import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { onePagePdf } from '../../../test-support/onePagePdf';
import { decodeQrFromImage, type RgbaImage } from './decodeQrFromImage';
import { keyringOf, letterInput, signed, tanggamusKey } from './fixtures.test-helpers';
import { qrMatrix } from './qrMatrix';
import { seededRandom } from '../../random';
import { photograph, rasterise } from './raster.test-helpers';
import { verifyQrText } from './verifyQrText';

const keyring = keyringOf(tanggamusKey);
const letter = signed();
const matrix = qrMatrix(letter.qrText);
const outputDir = 'test-results/verification';

/** Decodes the image and verifies what it read. */
function scanned(image: RgbaImage, options: Parameters<typeof decodeQrFromImage>[1] = {}) {
  const decoded = decodeQrFromImage(image, options);
  if (!decoded.ok) return decoded.error.code;
  return verifyQrText(decoded.value, keyring).status;
}

function writePng(path: string, { data, width, height }: RgbaImage) {
  const png = new PNG({ width, height });
  png.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  writeFileSync(path, PNG.sync.write(png));
}

describe('decodeQrFromImage', () => {
  it('reads a clean rendering at 4 to 8 pixels per module, and the letter verifies', () => {
    for (const scale of [4, 5, 6, 8])
      expect(scanned(rasterise(matrix, { scale })), `scale ${scale}`).toBe('genuine');
  });

  it('reads at fractional scales (resampled, not on the module grid)', () => {
    for (const scale of [4.3, 5.7, 7.5])
      expect(scanned(rasterise(matrix, { scale })), `scale ${scale}`).toBe('genuine');
  });

  it('reads photo-like images: blurred, low contrast, uneven light and heavy noise', () => {
    mkdirSync(outputDir, { recursive: true });
    writePng(join(outputDir, 'qr.png'), rasterise(matrix, { scale: 6 }));
    for (const scale of [6, 8, 12]) {
      for (const seed of [1, 2, 3]) {
        const photo = photograph(rasterise(matrix, { scale }), 50, seededRandom(seed));
        if (scale === 8 && seed === 1) writePng(join(outputDir, 'qr-photo.png'), photo);
        expect(scanned(photo), `scale ${scale}, seed ${seed}`).toBe('genuine');
      }
    }
  });

  it('owes those photos to halving: jsQR alone does not find the noisy code', () => {
    const photo = photograph(rasterise(matrix, { scale: 8 }), 50, seededRandom(1));
    expect(jsQR(photo.data, photo.width, photo.height)).toBeNull();
  });

  it('reads a large photo (2,280 px square) by halving it first', () => {
    const large = photograph(rasterise(matrix, { scale: 40 }), 50, seededRandom(4));
    expect(large.width).toBe(2280);
    expect(scanned(large)).toBe('genuine');
  });

  it('finds a code that is small in a large frame (a whole page photographed)', () => {
    const code = rasterise(matrix, { scale: 4 });
    const side = 1600;
    const page = new Uint8ClampedArray(side * side * 4).fill(235);
    for (let y = 0; y < code.height; y += 1) {
      const row = code.data.subarray(y * code.width * 4, (y + 1) * code.width * 4);
      page.set(row, ((1200 + y) * side + 1250) * 4);
    }
    expect(scanned({ data: page, width: side, height: side })).toBe('genuine');
  });

  it('reads a light code on a dark ground only when inversion is attempted', () => {
    const inverted = rasterise(matrix, { scale: 6, inverted: true });
    expect(scanned(inverted)).toBe('genuine');
    expect(scanned(inverted, { inversionAttempts: 'invertFirst' })).toBe('genuine');
    expect(scanned(inverted, { inversionAttempts: 'dontInvert' })).toBe('qr-not-found');
  });

  it('reads a QR after a verification URL, which then verifies', () => {
    const withUrl = signed(letterInput(), tanggamusKey, 'HTTPS://VERIFY.EXAMPLE/V/');
    const decoded = decodeQrFromImage(rasterise(qrMatrix(withUrl.qrText), { scale: 5 }));
    expect(decoded).toEqual({ ok: true, value: withUrl.qrText });
  });

  it('says so, in Indonesian, when there is no QR or the image is not what it claims', () => {
    const blank = { data: new Uint8ClampedArray(200 * 200 * 4).fill(255), width: 200, height: 200 };
    expect(decodeQrFromImage(blank)).toMatchObject({
      ok: false,
      error: { code: 'qr-not-found', message: expect.stringMatching(/^Kode QR tidak terbaca/) },
    });
    for (const image of [
      { data: new Uint8ClampedArray(10), width: 200, height: 200 },
      { data: new Uint8ClampedArray(0), width: 0, height: 0 },
      { data: new Uint8ClampedArray(16), width: 1.5, height: 2 },
    ]) {
      expect(decodeQrFromImage(image)).toMatchObject({
        ok: false,
        error: { code: 'image-invalid' },
      });
    }
  });
});

/** A one-page PDF that draws the matrix as filled squares, as a letter's PDF would. */
function qrPdf(modules: boolean[][], moduleSize: number): Buffer {
  const quiet = 4 * moduleSize;
  const side = modules.length * moduleSize + 2 * quiet;
  const squares = modules.flatMap((row, y) =>
    row.flatMap((dark, x) =>
      dark
        ? [
            `${quiet + x * moduleSize} ${side - quiet - (y + 1) * moduleSize} ${moduleSize} ${moduleSize} re`,
          ]
        : [],
    ),
  );
  const content = `0 g\n${squares.join('\n')}\nf\n`;
  return Buffer.from(onePagePdf(side, side, content), 'latin1');
}

const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((path) => existsSync(path));

describe.skipIf(pdftoppm === undefined)(
  'a QR through a real renderer (pdftoppm; skipped without it)',
  () => {
    it('reads the QR of a PDF rasterised by poppler at 150 and 96 dpi, 25 mm wide, and it verifies', () => {
      const dir = join(outputDir, 'pdftoppm');
      mkdirSync(dir, { recursive: true });
      // 25 mm square with the quiet zone: 70.9 pt over 57 modules.
      const pdf = join(dir, 'qr.pdf');
      writeFileSync(pdf, qrPdf(matrix, 70.9 / (matrix.length + 8)));
      for (const dpi of [150, 96]) {
        const prefix = join(dir, `qr-${dpi}`);
        execFileSync(pdftoppm ?? '', ['-r', String(dpi), '-png', '-singlefile', pdf, prefix]);
        const png = PNG.sync.read(readFileSync(`${prefix}.png`));
        const image = {
          data: new Uint8ClampedArray(png.data),
          width: png.width,
          height: png.height,
        };
        expect(scanned(image), `${dpi} dpi`).toBe('genuine');
      }
    });
  },
);
