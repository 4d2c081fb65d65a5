// How a scan or photo is brought under the size limit: the largest size and the best JPEG
// quality that fit. Pure: the encoder is passed in (a canvas in the app, jpeg-js in tests).

export interface Size {
  width: number;
  height: number;
}

export interface CompressionOptions {
  /** The limit for one stored scan. */
  maxBytes: number;
  /** Longest side of the first try: an A4 page at about 170 dpi, still readable. */
  maxDimension: number;
  /** Below this longest side a page is no longer readable: give up instead. */
  minDimension: number;
  /** JPEG qualities to try, best first. */
  qualities: readonly number[];
}

export const SCAN_MAX_BYTES = 300 * 1024;

export const scanCompression: CompressionOptions = {
  maxBytes: SCAN_MAX_BYTES,
  maxDimension: 2000,
  minDimension: 640,
  qualities: [0.85, 0.78, 0.7, 0.62, 0.54, 0.46],
};

export type Encode<T extends { size: number }> = (size: Size, quality: number) => Promise<T>;

export interface Compressed<T> {
  output: T;
  size: Size;
  quality: number;
  /** How many times the encoder ran. */
  attempts: number;
}

export class CompressionError extends Error {
  override name = 'CompressionError';
}

/** `size` scaled to fit `longest` on its longest side, aspect kept, never enlarged. */
export function fitWithin(size: Size, longest: number): Size {
  const scale = Math.min(1, longest / Math.max(size.width, size.height));
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

/**
 * Finds the output: at each size, the lowest quality is tried first; when even that is too
 * big, the size shrinks by the square root of the overshoot (bytes grow with the pixel count),
 * otherwise the best quality that fits is found by bisection. Throws `CompressionError` when
 * the smallest readable size does not fit.
 */
export async function compressToTarget<T extends { size: number }>(
  source: Size,
  encode: Encode<T>,
  options: CompressionOptions = scanCompression,
): Promise<Compressed<T>> {
  const { maxBytes, qualities } = options;
  const lowest = qualities.at(-1);
  if (lowest === undefined) throw new RangeError('No qualities to try');
  let size = fitWithin(source, options.maxDimension);
  let attempts = 0;
  const run = async (quality: number) => {
    attempts += 1;
    return encode(size, quality);
  };
  for (;;) {
    const smallest = await run(lowest);
    if (smallest.size <= maxBytes) return bestQuality(smallest);
    const longest = Math.max(size.width, size.height);
    if (longest <= options.minDimension) {
      throw new CompressionError(`${smallest.size} bytes at ${size.width}×${size.height}`);
    }
    const shrink = Math.min(0.9, Math.max(0.5, Math.sqrt(maxBytes / smallest.size) * 0.95));
    size = fitWithin(source, Math.max(options.minDimension, Math.floor(longest * shrink)));
  }

  async function bestQuality(fits: T): Promise<Compressed<T>> {
    let best = { output: fits, quality: lowest as number };
    // qualities[low] is known to fit; search the better ones in [0, low).
    let low = qualities.length - 1;
    let high = 0;
    while (high < low) {
      const middle = Math.floor((high + low) / 2);
      const quality = qualities[middle] as number;
      const output = await run(quality);
      if (output.size <= maxBytes) {
        best = { output, quality };
        low = middle;
      } else {
        high = middle + 1;
      }
    }
    return { ...best, size, attempts };
  }
}
