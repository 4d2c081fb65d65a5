// The offline check of a letter on this counter: a typed code against the letters stored
// here, or a photographed QR against the office keys this device trusts.
import { decodeQrFromImage } from '../../../shared/letters/verification/decodeQrFromImage';
import type { Verification } from '../../../shared/letters/verification/verification';
import { verifyCode } from '../../../shared/letters/verification/verifyCode';
import { verifyQrText } from '../../../shared/letters/verification/verifyQrText';
import type { LoketDb } from '../../db/database';
import { readMeta } from '../../db/meta';
import type { LetterRow } from '../../db/rows';

export interface LetterCheck {
  verification: Verification;
  /** The letter as stored on this device, when it was issued here (or synced here). */
  letter?: LetterRow;
}

const keyringOf = async (db: LoketDb) => (await readMeta(db, 'keyring')) ?? { keys: [] };

const storedByNumber = (db: LoketDb, verification: Verification) =>
  'claim' in verification
    ? db.letters.where('number').equals(verification.claim.letterNumber).first()
    : Promise.resolve(undefined);

export async function checkCode(db: LoketDb, typed: string): Promise<LetterCheck> {
  const keyring = await keyringOf(db);
  let letter: LetterRow | undefined;
  const verification = await verifyCode(
    typed,
    async (code) => {
      letter = await db.letters.where('verification.code').equals(code).first();
      return letter?.verification;
    },
    keyring,
  );
  return letter ? { verification, letter } : { verification };
}

/** Reads the QR off a photo (RGBA pixels) and checks its signed claim. */
export async function checkPhoto(
  db: LoketDb,
  image: { data: Uint8ClampedArray; width: number; height: number },
): Promise<LetterCheck | { error: string }> {
  const read = decodeQrFromImage(image);
  if (!read.ok) return { error: read.error.message };
  const verification = verifyQrText(read.value, await keyringOf(db));
  const letter = await storedByNumber(db, verification);
  return letter ? { verification, letter } : { verification };
}

/** The pixels of an image file, drawn on a canvas no larger than 2,048 px a side. */
export async function imagePixels(
  file: Blob,
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 2048 / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}
