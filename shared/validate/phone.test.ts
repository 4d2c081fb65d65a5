import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePhone } from './phone';

const code = (raw: string) => validatePhone(raw).issues[0]?.code;

describe('validatePhone', () => {
  it('normalises mobile numbers written in the usual ways to E.164', () => {
    for (const raw of [
      '081234567890',
      '0812-3456-7890',
      '0812 3456 7890',
      '+62 812 3456 7890',
      '+62-812-3456-7890',
      '6281234567890',
      '62 812 3456 7890',
      '(0812) 3456.7890',
    ]) {
      expect(validatePhone(raw)).toEqual({
        ok: true,
        value: { e164: '+6281234567890', kind: 'mobile', national: '0812-3456-7890' },
        issues: [],
      });
    }
  });

  it('normalises landlines, also with the country code but no +', () => {
    for (const raw of ['021-5551234', '(021) 555 1234', '+62 21 5551234', '62215551234']) {
      expect(validatePhone(raw).value).toEqual({
        e164: '+62215551234',
        kind: 'landline',
        national: '(021) 5551234',
      });
    }
    expect(validatePhone('0274 123456').value?.e164).toBe('+62274123456');
  });

  it('rejects what is not a phone number', () => {
    expect(code('')).toBe('phone.required');
    expect(code('0812abc4567')).toBe('phone.invalidCharacters');
    expect(code('0812 3456 7890 ext 1')).toBe('phone.invalidCharacters');
    expect(code('08123+4567')).toBe('phone.invalidCharacters');
    expect(code('08123')).toBe('phone.invalid');
    expect(code('0812345678901234')).toBe('phone.invalid');
    expect(code('+6581234567')).toBe('phone.notIndonesian');
    expect(code('+1 202 555 0123')).toBe('phone.notIndonesian');
    expect(code('0800 1234 567')).toBe('phone.notPersonal');
  });

  it('explains in Indonesian', () => {
    expect(validatePhone('08123', { field: 'contactPhone' }).issues).toEqual([
      {
        field: 'contactPhone',
        code: 'phone.invalid',
        severity: 'error',
        message:
          'Nomor telepon tidak valid. Contoh yang benar: 0812-3456-7890 atau (021) 555-1234.',
      },
    ]);
    expect(validatePhone('+6581234567').issues[0]?.message).toBe(
      'Nomor telepon harus nomor Indonesia (+62).',
    );
  });

  it('gives the same E.164 whatever prefix and separators a valid number is written with', () => {
    const nationalNumbers = [
      '81234567890',
      '8111234567',
      '85712345678',
      '87812345678',
      '215551234',
      '274123456',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...nationalNumbers),
        fc.constantFrom('0', '+62', '62', '+62 ', '62-', '+62-'),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '-', '.'))),
        (national, prefix, separators) => {
          const spaced = separators.reduce((text, [at, separator]) => {
            const position = 1 + (at % text.length);
            return text.slice(0, position) + separator + text.slice(position);
          }, national);
          expect(validatePhone(prefix + spaced).value?.e164).toBe(`+62${national}`);
        },
      ),
    );
  });
});
