import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChildren, encodeChildren, type ChildEntry } from './regionAsset';

describe('children encoding', () => {
  it('leaves out consecutive suffixes', () => {
    const entries: ChildEntry[] = [
      { suffix: '2001', name: 'Keude Bakongan' },
      { suffix: '2002', name: 'Ujong Mangki' },
      { suffix: '2015', name: 'Darul Ikhsan' },
      { suffix: '2016', name: 'Padang Beurahan' },
    ];
    const text = encodeChildren(entries, 4);
    expect(text).toBe('2001Keude Bakongan|Ujong Mangki|2015Darul Ikhsan|Padang Beurahan');
    expect(decodeChildren(text, 4)).toEqual(entries);
    expect(encodeChildren([{ suffix: '01', name: 'Aceh Selatan' }], 2)).toBe('Aceh Selatan');
  });

  it('writes names that start with suffix-many digits explicitly', () => {
    const entries = [
      { suffix: '01', name: '19 Nopember' },
      { suffix: '02', name: '2 x 11 Kayu Tanam' },
    ];
    expect(encodeChildren(entries, 2)).toBe('0119 Nopember|2 x 11 Kayu Tanam');
    expect(decodeChildren(encodeChildren(entries, 2), 2)).toEqual(entries);
  });

  it('refuses what it cannot encode', () => {
    expect(() => encodeChildren([{ suffix: '1', name: 'A' }], 2)).toThrow(RangeError);
    expect(() => encodeChildren([{ suffix: '01', name: '' }], 2)).toThrow(RangeError);
    expect(() => encodeChildren([{ suffix: '01', name: 'A|B' }], 2)).toThrow(RangeError);
    const unordered = [
      { suffix: '02', name: 'A' },
      { suffix: '01', name: 'B' },
    ];
    expect(() => encodeChildren(unordered, 2)).toThrow(RangeError);
    const duplicate = [
      { suffix: '00', name: 'A' },
      { suffix: '00', name: 'B' },
    ];
    expect(() => encodeChildren(duplicate, 2)).toThrow(RangeError);
  });

  it('decodes what it encodes, for any ordered suffixes and names', () => {
    const width = fc.constantFrom(2, 4);
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('|'));
    fc.assert(
      fc.property(
        width.chain((w) =>
          fc.tuple(
            fc.constant(w),
            fc.uniqueArray(fc.integer({ min: 0, max: 10 ** w - 1 }), { maxLength: 30 }),
            fc.array(name, { minLength: 30, maxLength: 30 }),
          ),
        ),
        ([w, suffixes, names]) => {
          const entries = [...suffixes]
            .sort((a, b) => a - b)
            .map((value, index) => ({
              suffix: String(value).padStart(w, '0'),
              name: names[index] ?? 'x',
            }));
          expect(decodeChildren(encodeChildren(entries, w), w)).toEqual(entries);
        },
      ),
    );
  });
});
