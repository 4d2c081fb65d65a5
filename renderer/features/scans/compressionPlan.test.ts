import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import {
  CompressionError,
  compressToTarget,
  fitWithin,
  SCAN_MAX_BYTES,
  scanCompression,
  type Size,
} from './compressionPlan';

/** A photo of a form: paper with lines of "text", shading across the page and sensor noise. */
function photoOfAPage(width: number, height: number, seed = 7): Uint8Array {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const onLine = y % 28 > 8 && y % 28 < 20;
    for (let x = 0; x < width; x += 1) {
      const shade = 235 - (60 * (x + y)) / (width + height);
      const ink = onLine && x % 90 < 70 && random() < 0.55;
      const value = (ink ? 40 : shade) + (random() - 0.5) * 36;
      const i = (y * width + x) * 4;
      rgba[i] = value + 6;
      rgba[i + 1] = value;
      rgba[i + 2] = value - 10;
      rgba[i + 3] = 255;
    }
  }
  return rgba;
}

/** Nearest-neighbour resize, then a real JPEG encode: the canvas's job in the app. */
function jpegEncoder(rgba: Uint8Array, source: Size) {
  const calls: Array<{ size: Size; quality: number; bytes: number }> = [];
  const encode = async ({ width, height }: Size, quality: number) => {
    const data = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      const sy = Math.floor((y * source.height) / height);
      for (let x = 0; x < width; x += 1) {
        const from = (sy * source.width + Math.floor((x * source.width) / width)) * 4;
        data.set(rgba.subarray(from, from + 4), (y * width + x) * 4);
      }
    }
    const encoded = jpeg.encode({ data, width, height }, Math.round(quality * 100)).data;
    calls.push({ size: { width, height }, quality, bytes: encoded.length });
    return { size: encoded.length, bytes: encoded };
  };
  return { encode, calls };
}

describe('fitWithin', () => {
  it('keeps the aspect ratio and never enlarges', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin({ width: 1000, height: 3000 }, 2000)).toEqual({ width: 667, height: 2000 });
    expect(fitWithin({ width: 800, height: 600 }, 2000)).toEqual({ width: 800, height: 600 });
  });
});

describe('compressToTarget with a real JPEG encoder', () => {
  it('brings a noisy phone photo of a page under 300 KB, readable and decodable', async () => {
    const source = { width: 2400, height: 1800 };
    const { encode, calls } = jpegEncoder(photoOfAPage(source.width, source.height), source);
    const result = await compressToTarget(source, encode);

    expect(result.output.size).toBeLessThanOrEqual(SCAN_MAX_BYTES);
    // The first size tried was too big even at the lowest quality: the page had to shrink.
    expect(calls[0]?.bytes).toBeGreaterThan(SCAN_MAX_BYTES);
    expect(Math.max(result.size.width, result.size.height)).toBeLessThan(2000);
    expect(Math.max(result.size.width, result.size.height)).toBeGreaterThanOrEqual(
      scanCompression.minDimension,
    );
    expect(result.size.width / result.size.height).toBeCloseTo(4 / 3, 2);
    expect(result.attempts).toBe(calls.length);
    expect(result.attempts).toBeLessThanOrEqual(8);
    // No better quality at the chosen size would have fitted.
    const better = scanCompression.qualities.filter((q) => q > result.quality);
    const sameSize = calls.filter((c) => c.size.width === result.size.width);
    for (const quality of better) {
      const tried = sameSize.find((c) => c.quality === quality);
      if (tried) expect(tried.bytes).toBeGreaterThan(SCAN_MAX_BYTES);
    }
    const decoded = jpeg.decode(result.output.bytes);
    expect({ width: decoded.width, height: decoded.height }).toEqual(result.size);
  });

  it('keeps a small clean image at its size and the best quality', async () => {
    const source = { width: 640, height: 480 };
    const { encode } = jpegEncoder(new Uint8Array(640 * 480 * 4).fill(250), source);
    const result = await compressToTarget(source, encode);
    expect(result.size).toEqual(source);
    expect(result.quality).toBe(scanCompression.qualities[0]);
    expect(result.output.size).toBeLessThan(SCAN_MAX_BYTES);
  });
});

describe('compressToTarget', () => {
  it('gives up at the smallest readable size', async () => {
    const sizes: Size[] = [];
    const encode = async (size: Size) => {
      sizes.push(size);
      return { size: 10 * SCAN_MAX_BYTES };
    };
    await expect(compressToTarget({ width: 3000, height: 2000 }, encode)).rejects.toBeInstanceOf(
      CompressionError,
    );
    expect(sizes.at(-1)?.width).toBe(scanCompression.minDimension);
    expect(sizes.length).toBeLessThan(6);
  });

  it('takes the best quality that fits by bisection', async () => {
    const encode = async (_size: Size, quality: number) => ({ size: quality * 400_000 });
    const result = await compressToTarget({ width: 1000, height: 1000 }, encode);
    expect(result.quality).toBe(0.7);
    expect(result.attempts).toBe(3);
  });
});
