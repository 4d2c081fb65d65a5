import { describe, expect, it } from 'vitest';
import { fileSize } from './labels';

describe('file sizes', () => {
  it.each([
    [0, '1 KB'],
    [86_000, '84 KB'],
    [1_030_000, '1 MB'],
    [12_900_000, '12,3 MB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(fileSize(bytes)).toBe(text);
  });
});
