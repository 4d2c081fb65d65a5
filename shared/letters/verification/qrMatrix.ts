import { create } from 'qrcode/lib/core/qrcode.js';

/**
 * The QR symbol of a text at error correction level M, as rows of modules (true = dark),
 * without the quiet zone: the drawer leaves 4 light modules around it. Pure: the letter
 * document draws it. Throws only for a text longer than a QR holds (about 2,300 characters at M),
 * which a letter's `qrText` never is.
 */
export function qrMatrix(text: string): boolean[][] {
  const { size, data } = create(text, { errorCorrectionLevel: 'M' }).modules;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => data[row * size + column] === 1),
  );
}

/** The QR version (1–40) of a matrix: its side is 17 + 4 × version modules. */
export const qrVersionOf = (matrix: readonly (readonly boolean[])[]): number =>
  (matrix.length - 17) / 4;
