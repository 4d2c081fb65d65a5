import { describe, expect, it } from 'vitest';
import {
  childSuffixWidth,
  dottedRegionCode,
  normalizeRegionCode,
  parentRegionCode,
  regionLevelOf,
} from './regionCode';

describe('region codes', () => {
  it('accepts dotted and undotted codes of every level', () => {
    expect(normalizeRegionCode('11')).toBe('11');
    expect(normalizeRegionCode('11.01')).toBe('1101');
    expect(normalizeRegionCode(' 11.01.01 ')).toBe('110101');
    expect(normalizeRegionCode('11.01.01.2001')).toBe('1101012001');
    expect(normalizeRegionCode('1101012001')).toBe('1101012001');
  });

  it('rejects malformed codes', () => {
    for (const code of [
      '',
      '1',
      '110',
      '11.1',
      '1101.01',
      '11.01.01.201',
      '11-01',
      '11010120011',
      'ab',
    ]) {
      expect(normalizeRegionCode(code)).toBeUndefined();
    }
  });

  it('knows levels, parents, suffix widths and the dotted form', () => {
    expect(['11', '1101', '110101', '1101012001'].map(regionLevelOf)).toEqual([
      'province',
      'regency',
      'district',
      'village',
    ]);
    expect(() => regionLevelOf('110')).toThrow(RangeError);
    expect(['11', '1101', '110101', '1101012001'].map(parentRegionCode)).toEqual([
      '',
      '11',
      '1101',
      '110101',
    ]);
    expect(['', '11', '1101', '110101'].map(childSuffixWidth)).toEqual([2, 2, 2, 4]);
    expect(() => childSuffixWidth('1101012001')).toThrow(RangeError);
    expect(dottedRegionCode('1101012001')).toBe('11.01.01.2001');
    expect(dottedRegionCode('11')).toBe('11');
  });
});
