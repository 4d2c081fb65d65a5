import jsQR from 'jsqr';
import { halveImage } from './halveImage';
import { verificationMessages as m } from './messages';
import { failure, success, type Result } from './result';

/** RGBA pixels, row by row, as `ImageData` holds them (a photo drawn to a canvas). */
export type RgbaImage = { data: Uint8ClampedArray; width: number; height: number };

/**
 * Which images to try: as they are, inverted (light code on dark), or both. `attemptBoth`
 * (default) suits photos, where lighting and paper vary; `dontInvert` is about twice as fast
 * for a clean rendering.
 */
export type InversionAttempts = 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst';

/** Photos larger than this are halved first: jsQR's time grows with the pixels. */
const MAX_SIDE = 2048;
/** No attempt below this: a version-8 symbol with its quiet zone is 57 modules of ≥ 2 pixels. */
const MIN_SIDE = 120;

/** The image, halved until it is at most `MAX_SIDE`, then halved on down to `MIN_SIDE`: largest first. */
function pyramid(image: RgbaImage): RgbaImage[] {
  let level = image;
  while (Math.max(level.width, level.height) > MAX_SIDE) level = halveImage(level);
  const levels = [level];
  while (Math.min(level.width, level.height) >= 2 * MIN_SIDE) {
    level = halveImage(level);
    levels.push(level);
  }
  return levels;
}

/**
 * Finds and reads one QR code in an image, offline (jsQR, pure JavaScript). The image is tried
 * from coarse to fine: halved (2×2 means) down to about 120 px, then each larger level up to
 * 2,048 px. Averaging removes the pixel noise that hides finder patterns in photos, and a small
 * level is quick; a code that is small in the frame is found at a finer level. Never throws.
 */
export function decodeQrFromImage(
  image: RgbaImage,
  options: { inversionAttempts?: InversionAttempts } = {},
): Result<string, 'image-invalid' | 'qr-not-found'> {
  const { data, width, height } = image;
  const sized = Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0;
  if (!sized || data.length !== width * height * 4) return failure('image-invalid', m.imageInvalid);
  const inversionAttempts = options.inversionAttempts ?? 'attemptBoth';
  for (const level of pyramid(image).reverse()) {
    const found = jsQR(level.data, level.width, level.height, { inversionAttempts });
    if (found !== null && found.data !== '') return success(found.data);
  }
  return failure('qr-not-found', m.qrNotFound);
}
