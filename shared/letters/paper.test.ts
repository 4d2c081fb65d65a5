import { describe, expect, it } from 'vitest';
import { defaultMargins } from '../office/profile';
import { contentBox, mmToPt, pagePadding, pageSizePt } from './paper';

describe('paper', () => {
  it('gives F4 as 609.45 × 935.43 pt and A4 as 595.28 × 841.89 pt', () => {
    const [f4Width, f4Height] = pageSizePt('F4');
    expect(f4Width).toBeCloseTo(609.45, 2);
    expect(f4Height).toBeCloseTo(935.43, 2);
    const [a4Width, a4Height] = pageSizePt('A4');
    expect(a4Width).toBeCloseTo(595.28, 2);
    expect(a4Height).toBeCloseTo(841.89, 2);
  });

  it('swaps the sides in landscape', () => {
    expect(pageSizePt('F4', 'landscape')).toEqual([...pageSizePt('F4')].reverse());
  });

  it('turns the margins in millimetres into padding and a content box', () => {
    expect(mmToPt(25.4)).toBe(72);
    expect(pagePadding(defaultMargins).paddingLeft).toBeCloseTo(85.04, 2);
    const box = contentBox('A4', defaultMargins);
    expect(box.width).toBeCloseTo(595.28 - mmToPt(50), 2);
    expect(box.height).toBeCloseTo(841.89 - mmToPt(40), 2);
  });
});
