import jpeg from 'jpeg-js';

/**
 * A small photo of a paper for the scan tests: a white page with lines of "text", as a JPEG
 * made on the fly, so no binary fixture is checked in.
 */
export function photoOfPaper(width = 640, height = 400): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const onLine = y > 40 && y % 24 > 8 && y % 24 < 16;
    for (let x = 0; x < width; x += 1) {
      const ink = onLine && x > 40 && x < width - 40 && x % 70 < 55;
      const value = ink ? 50 : 240;
      const i = (y * width + x) * 4;
      data[i] = value;
      data[i + 1] = value;
      data[i + 2] = value - (ink ? 0 : 8);
      data[i + 3] = 255;
    }
  }
  return jpeg.encode({ data, width, height }, 85).data;
}
