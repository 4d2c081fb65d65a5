import { describe, expect, it } from 'vitest';
import { formatWait } from './duration';

describe('formatWait', () => {
  it.each([
    [300_000, '5 menit'],
    [299_001, '5 menit'],
    [245_000, '4 menit 5 detik'],
    [30_000, '30 detik'],
    [1, '1 detik'],
    [0, '1 detik'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatWait(ms)).toBe(text);
  });
});
