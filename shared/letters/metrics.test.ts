import { describe, expect, it } from 'vitest';
import { lineCount, textWidth, wrapLines } from './metrics';

describe('textWidth', () => {
  it('measures Arimo as Arial does', () => {
    // Arial: N 722, o 556, m 833, r 333 (thousandths of an em).
    expect(textWidth('Nomor', 12)).toBeCloseTo((722 + 556 + 833 + 556 + 333) * 0.012, 1);
    expect(textWidth('0123456789', 10)).toBeCloseTo(55.6, 1);
    expect(textWidth('NIK', 12, true)).toBeGreaterThan(textWidth('NIK', 12));
  });

  it('counts a character it does not know as a full em', () => {
    expect(textWidth('漢', 10)).toBe(10);
  });
});

describe('lineCount', () => {
  it('fills lines word by word', () => {
    expect(lineCount('', 100, 10)).toBe(1);
    expect(lineCount('Siti Aminah', 100, 10)).toBe(1);
    expect(lineCount('Siti Aminah binti Abdul Rahman', 60, 10)).toBe(3);
  });

  it('cuts a word wider than the column, or after a "/" in a code', () => {
    const number = '400.9.11/0123/Dinsos/2026';
    // 122 pt wide; its parts 42, 25, 33 and 22 pt.
    expect(lineCount(number, 70, 10)).toBe(2);
    expect(lineCount(number, 60, 10)).toBe(3);
    expect(lineCount(number, 70, 10, { slashBreaks: true })).toBe(2);
    expect(lineCount(number, 45, 10, { slashBreaks: true })).toBe(4);
  });
});

describe('wrapLines', () => {
  it('gives the lines themselves, every one within the width', () => {
    const lines = wrapLines('Hj. Andi Sitti Nurhayati Daeng Ngai Binti Muhammad Arfah', 60, 10);
    expect(lines.join(' ')).toBe('Hj. Andi Sitti Nurhayati Daeng Ngai Binti Muhammad Arfah');
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
    expect(lines[0]).toBe('Hj. Andi Sitti');
  });

  it('cuts a code after its slashes, and an unbreakable word by characters', () => {
    expect(wrapLines('400.9.11/0123/Dinsos/2026', 70, 10, { slashBreaks: true })).toEqual([
      '400.9.11/0123/',
      'Dinsos/2026',
    ]);
    const cut = wrapLines('1306011204850003', 40, 10);
    expect(cut.join('')).toBe('1306011204850003');
    expect(cut.length).toBeGreaterThan(1);
    for (const line of cut) expect(textWidth(line, 10)).toBeLessThanOrEqual(40);
  });

  it('drops repeated spaces and keeps an empty text as one empty line', () => {
    expect(wrapLines('  Dusun   Sinaka ', 200, 10)).toEqual(['Dusun Sinaka']);
    expect(wrapLines('', 200, 10)).toEqual(['']);
  });
});
