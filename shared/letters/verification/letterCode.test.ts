import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE32_ALPHABET } from './base32';
import { letterCodeOf, normalizeLetterCode } from './letterCode';

const signatureArbitrary = fc.uint8Array({ minLength: 64, maxLength: 64 });
const code = letterCodeOf(new Uint8Array(64).fill(7));

describe('letterCodeOf', () => {
  it('gives XXXX-XXXX-XXXX in Crockford base32, the same for the same signature', () => {
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(letterCodeOf(new Uint8Array(64).fill(7))).toBe(code);
    expect(code).toMatchInlineSnapshot(`"74TZ-1AVG-6J41"`);
  });

  it('differs between signatures and always reads back', () => {
    fc.assert(
      fc.property(signatureArbitrary, signatureArbitrary, (first, second) => {
        fc.pre(first.some((byte, index) => byte !== second[index]));
        const code = letterCodeOf(first);
        expect(letterCodeOf(second)).not.toBe(code);
        expect(normalizeLetterCode(code)).toEqual({ ok: true, value: code });
      }),
    );
  });
});

describe('normalizeLetterCode', () => {
  it('accepts lower case, spaces, missing dashes and the usual look-alikes', () => {
    const plain = code.replaceAll('-', '');
    const typed = [
      code.toLowerCase(),
      plain,
      ` ${plain.slice(0, 3)} ${plain.slice(3, 7)}  ${plain.slice(7)} `,
      `${code.slice(0, 7)}--${code.slice(7)}`,
      code.replaceAll('0', 'O').replaceAll('1', 'I'),
      code.replaceAll('0', 'o').replaceAll('1', 'l'),
    ];
    for (const input of typed)
      expect(normalizeLetterCode(input)).toEqual({ ok: true, value: code });
  });

  it('catches every single mistyped character', () => {
    const plain = code.replaceAll('-', '');
    for (let position = 0; position < plain.length; position += 1) {
      for (const replacement of BASE32_ALPHABET) {
        if (replacement === plain[position]) continue;
        const typo = plain.slice(0, position) + replacement + plain.slice(position + 1);
        expect(normalizeLetterCode(typo)).toMatchObject({
          ok: false,
          error: { code: 'code-mistyped' },
        });
      }
    }
  });

  it('catches swaps of neighbouring characters (Luhn mod 32 misses under 0.2 %)', () => {
    let caught = 0;
    let swaps = 0;
    fc.assert(
      fc.property(signatureArbitrary, fc.integer({ min: 0, max: 10 }), (signature, position) => {
        const plain = letterCodeOf(signature).replaceAll('-', '');
        const [first, second] = [plain[position] ?? '', plain[position + 1] ?? ''];
        fc.pre(first !== second);
        swaps += 1;
        const swapped = plain.slice(0, position) + second + first + plain.slice(position + 2);
        if (!normalizeLetterCode(swapped).ok) caught += 1;
      }),
      { numRuns: 2000 },
    );
    expect(caught / swaps).toBeGreaterThan(0.99);
  });

  it('accepts the example the messages give', () => {
    expect(normalizeLetterCode('7k3m q9px 2d4a')).toEqual({ ok: true, value: '7K3M-Q9PX-2D4A' });
  });

  it('says why a text cannot be a code, in Indonesian', () => {
    expect(normalizeLetterCode('  - ')).toEqual({
      ok: false,
      error: { code: 'code-empty', message: 'Kode surat wajib diisi, misalnya 7K3M-Q9PX-2D4A.' },
    });
    expect(normalizeLetterCode(`${code.slice(0, 13)}U`)).toMatchObject({
      ok: false,
      error: { code: 'code-characters', message: expect.stringContaining('"U"') },
    });
    expect(normalizeLetterCode('7K3M-Q9PX-2D4')).toMatchObject({
      ok: false,
      error: {
        code: 'code-length',
        message: 'Kode surat terdiri dari 12 angka/huruf, yang diisi 11.',
      },
    });
    expect(normalizeLetterCode(`${code}0`)).toMatchObject({
      ok: false,
      error: { code: 'code-length' },
    });
  });
});
