import { describe, expect, it } from 'vitest';
import { halveImage } from './halveImage';

describe('halveImage', () => {
  it('averages each 2×2 block per channel and drops an odd last row or column', () => {
    const data = new Uint8ClampedArray(3 * 3 * 4);
    const set = (x: number, y: number, rgba: number[]) => data.set(rgba, (y * 3 + x) * 4);
    set(0, 0, [0, 0, 0, 255]);
    set(1, 0, [255, 100, 0, 255]);
    set(0, 1, [255, 100, 0, 255]);
    set(1, 1, [0, 0, 40, 255]);
    set(2, 2, [9, 9, 9, 9]);
    expect(halveImage({ data, width: 3, height: 3 })).toEqual({
      data: Uint8ClampedArray.of(128, 50, 10, 255),
      width: 1,
      height: 1,
    });
  });
});
