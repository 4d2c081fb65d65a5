import type { RgbaImage } from './decodeQrFromImage';

/**
 * The image at half its width and height, each pixel the mean of a 2×2 block. Averaging halves
 * a photo's pixel noise, which is what defeats the QR finder most often.
 */
export function halveImage({ data, width, height }: RgbaImage): RgbaImage {
  const halfWidth = Math.floor(width / 2);
  const halfHeight = Math.floor(height / 2);
  const out = new Uint8ClampedArray(halfWidth * halfHeight * 4);
  for (let y = 0; y < halfHeight; y += 1) {
    for (let x = 0; x < halfWidth; x += 1) {
      const topLeft = (2 * y * width + 2 * x) * 4;
      const bottomLeft = topLeft + width * 4;
      for (let channel = 0; channel < 4; channel += 1) {
        const sum =
          (data[topLeft + channel] ?? 0) +
          (data[topLeft + 4 + channel] ?? 0) +
          (data[bottomLeft + channel] ?? 0) +
          (data[bottomLeft + 4 + channel] ?? 0);
        out[(y * halfWidth + x) * 4 + channel] = sum / 4;
      }
    }
  }
  return { data: out, width: halfWidth, height: halfHeight };
}
