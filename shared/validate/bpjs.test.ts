import { describe, expect, it } from 'vitest';
import { validateBpjsCardNumber } from './bpjs';

describe('validateBpjsCardNumber', () => {
  it('accepts exactly 13 digits, spaces removed', () => {
    expect(validateBpjsCardNumber('0001234567890')).toEqual({
      ok: true,
      value: '0001234567890',
      issues: [],
    });
    expect(validateBpjsCardNumber(' 0001 2345 6789 0 ').value).toBe('0001234567890');
  });

  it('explains what is wrong, in Indonesian', () => {
    expect(validateBpjsCardNumber('').issues).toEqual([
      {
        field: 'bpjsNumber',
        code: 'bpjs.required',
        severity: 'error',
        message: 'Nomor kartu BPJS Kesehatan wajib diisi.',
      },
    ]);
    expect(validateBpjsCardNumber('000123456789X').issues[0]?.message).toBe(
      'Nomor kartu BPJS Kesehatan hanya boleh berisi angka.',
    );
    expect(validateBpjsCardNumber('000123456789').issues[0]?.message).toBe(
      'Nomor kartu BPJS Kesehatan harus 13 digit, yang diisi 12 digit.',
    );
    expect(validateBpjsCardNumber('00012345678901', { field: 'card' }).issues[0]).toMatchObject({
      field: 'card',
      code: 'bpjs.length',
    });
  });
});
