import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupFormatError } from './format';
import { blobContent, decodeValue, encodeValue, isBlobContent } from './values';

const throughJson = (value: unknown) => decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));

/** Values as IndexedDB keeps them, including the ones JSON cannot say. */
const storedValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, undefined, true, false, Number.NaN, -0, Infinity, -Infinity),
    fc.double(),
    fc.string({ unit: 'grapheme' }),
    fc.uint8Array({ maxLength: 40 }),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('$blob', '$$x', '$', '__proto__', 'type')),
      tie('value'),
      { maxKeys: 4, noNullPrototype: true },
    ),
  ),
})).value;

describe('backup values', () => {
  it('round-trips every value IndexedDB keeps, through JSON text', () => {
    fc.assert(
      fc.property(storedValue, (value) => {
        expect(throughJson(value)).toStrictEqual(value);
      }),
    );
  });

  it('carries a Blob as its type and bytes, and keys starting with $ unchanged', () => {
    const scan = blobContent('image/jpeg', Uint8Array.of(0xff, 0xd8, 0xff, 0));
    const row = { id: 'a', data: scan, $ref: 1, $$two: 2 };
    expect(JSON.stringify(encodeValue(row))).toBe(
      '{"id":"a","data":{"$blob":"_9j_AA","type":"image/jpeg"},"$$ref":1,"$$$two":2}',
    );
    const back = throughJson(row) as typeof row;
    expect(isBlobContent(back.data)).toBe(true);
    expect(back.data.type).toBe('image/jpeg');
    expect([...back.data.bytes]).toEqual([0xff, 0xd8, 0xff, 0]);
    expect(back.$ref).toBe(1);
    expect(back.$$two).toBe(2);
  });

  it('refuses what it cannot carry exactly, naming where it is', () => {
    expect(() => encodeValue({ cases: [{ tags: new Map() }] })).toThrow(/\/cases\/0\/tags/);
    expect(() => encodeValue({ f: () => 1 })).toThrow(BackupFormatError);
    expect(() => encodeValue(new Uint16Array(2))).toThrow(BackupFormatError);
  });

  it('refuses a tag it does not know or one with the wrong shape', () => {
    for (const bad of [
      { $what: 1 },
      { $bytes: 'not base64!' },
      { $blob: 'AA', type: 'x', extra: 1 },
      { $number: '12' },
      { $date: 'gestern' },
      { ok: 1, $late: 2 },
    ]) {
      expect(() => decodeValue(bad)).toThrow(BackupFormatError);
    }
  });
});
