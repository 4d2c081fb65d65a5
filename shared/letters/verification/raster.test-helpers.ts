// Draws a QR matrix as an RGBA image, as a camera or a renderer would hand it to the decoder.
import type { RgbaImage } from './decodeQrFromImage';

export type RasterOptions = {
  /** Pixels per module; may be fractional (nearest-neighbour sampling). */
  scale: number;
  /** Light modules around the symbol (the standard asks for 4). */
  quietZone?: number;
  /** Light code on dark ground. */
  inverted?: boolean;
};

export function rasterise(
  matrix: readonly (readonly boolean[])[],
  options: RasterOptions,
): RgbaImage {
  const { scale, quietZone = 4, inverted = false } = options;
  const modules = matrix.length + 2 * quietZone;
  const width = Math.round(modules * scale);
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const row = Math.floor(y / scale) - quietZone;
      const column = Math.floor(x / scale) - quietZone;
      const dark = matrix[row]?.[column] === true;
      const value = dark !== inverted ? 0 : 255;
      data.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height: width };
}

/**
 * A photo-like copy: 3×3 box blur, lower contrast, a lighting gradient from left to right and
 * noise of ±`noise` grey levels.
 */
export function photograph(image: RgbaImage, noise: number, random: () => number): RgbaImage {
  const { width, height, data } = image;
  const grey = (x: number, y: number) =>
    data[
      (Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))) * 4
    ] ?? 0;
  const out = new Uint8ClampedArray(data.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let dy = -1; dy <= 1; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) sum += grey(x + dx, y + dy);
      const contrast = 60 + (sum / 9) * 0.6;
      const lighting = 0.7 + (0.3 * x) / width;
      const value = contrast * lighting + (random() * 2 - 1) * noise;
      out.set([value, value * 0.97, value * 0.92, 255], (y * width + x) * 4);
    }
  }
  return { data: out, width, height };
}
