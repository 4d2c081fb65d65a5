import { describe, expect, it } from 'vitest';
import { buildNik, validateNik } from './nik';
import { createRegionTable } from './regions';
import { testRegionAsset } from './regionFixture';

const today = '2026-11-23';

function codes(result: ReturnType<typeof validateNik>) {
  return result.issues.map((issue) => issue.code);
}

describe('validateNik: shape', () => {
  it('parses a woman’s NIK (day + 40)', () => {
    expect(validateNik('3201014501900001', { today })).toEqual({
      ok: true,
      value: {
        nik: '3201014501900001',
        provinceCode: '32',
        regencyCode: '3201',
        districtCode: '320101',
        birthDate: '1990-01-05',
        sex: 'female',
        serial: '0001',
      },
      issues: [],
    });
  });

  it('parses a man’s NIK', () => {
    const result = validateNik('3273011708450123', { today });
    expect(result.value).toMatchObject({ birthDate: '1945-08-17', sex: 'male', serial: '0123' });
  });

  it('strips spaces, including tabs and non-breaking spaces', () => {
    const result = validateNik(' 3201 0145 0190\u00a00001\t', { today });
    expect(result.value?.nik).toBe('3201014501900001');
  });

  it('requires a value', () => {
    const result = validateNik('   ', { today });
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'nik', code: 'nik.required', severity: 'error', message: 'NIK wajib diisi.' },
      ],
    });
  });

  it('rejects letters and punctuation', () => {
    for (const raw of ['32010145019O0001', '3201.0145.0190.0001', '3201-0145-0190-0001']) {
      const result = validateNik(raw, { today });
      expect(codes(result)).toEqual(['nik.notDigits']);
      expect(result.issues[0]?.message).toBe('NIK hanya boleh berisi angka.');
    }
  });

  it('rejects a wrong length and says how many digits were typed', () => {
    const short = validateNik('320101450190001', { today });
    expect(codes(short)).toEqual(['nik.length']);
    expect(short.issues[0]?.message).toBe('NIK harus 16 digit, yang diisi 15 digit.');
    expect(codes(validateNik('32010145019000011', { today }))).toEqual(['nik.length']);
  });

  it('uses the field name it is given', () => {
    const result = validateNik('', { today, field: 'members.2.nik' });
    expect(result.issues[0]?.field).toBe('members.2.nik');
  });
});

describe('validateNik: birth date', () => {
  const invalid = {
    '31 February': '3201013102900001',
    '30 February': '3201013002900001',
    '31 April': '3201013104900001',
    'day 00': '3201010001900001',
    'day 00 + 40': '3201014001900001',
    'day 32–40 (neither sex)': '3201013501900001',
    'day 71 + 1': '3201017201900001',
    'month 00': '3201011500900001',
    'month 13': '3201011513900001',
    '29 February 2001': '3201012902010001',
    '29 February 1990 (woman)': '3201016902900001',
  };

  for (const [label, nik] of Object.entries(invalid)) {
    it(`rejects ${label}`, () => {
      const result = validateNik(nik, { today });
      expect(result.ok).toBe(false);
      expect(codes(result)).toEqual(['nik.birthDateInvalid']);
    });
  }

  it('names the digits in the message', () => {
    expect(validateNik('3201013102900001', { today }).issues[0]?.message).toBe(
      'Digit 7–12 NIK (310290) bukan tanggal lahir yang mungkin. Periksa kembali NIK.',
    );
  });

  it('accepts 29 February in leap years, 2000 included', () => {
    expect(validateNik('3201012902000001', { today }).value?.birthDate).toBe('2000-02-29');
    expect(validateNik('3201016902040001', { today }).value).toMatchObject({
      birthDate: '2004-02-29',
      sex: 'female',
    });
  });

  it('puts the birth date in the 100 years up to today', () => {
    const birthDate = (nik: string) => validateNik(nik, { today }).value?.birthDate;
    expect(birthDate('3201012311260001')).toBe('2026-11-23');
    expect(birthDate('3201012411260001')).toBe('1926-11-24');
    expect(birthDate('3201010112260001')).toBe('1926-12-01');
    expect(birthDate('3201010101000001')).toBe('2000-01-01');
    expect(birthDate('3201010101990001')).toBe('1999-01-01');
  });

  it('takes the century from the birth date the clerk entered', () => {
    const result = validateNik('3201010103250001', { today, birthDate: '1925-03-01' });
    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(result.value?.birthDate).toBe('1925-03-01');
    expect(validateNik('3201010103250001', { today }).value?.birthDate).toBe('2025-03-01');
  });

  it('rejects a serial of 0000, also together with a bad date', () => {
    const result = validateNik('3201014501900000', { today });
    expect(codes(result)).toEqual(['nik.serialZero']);
    expect(result.issues[0]?.message).toBe('Nomor urut NIK (4 digit terakhir) tidak boleh 0000.');
    expect(codes(validateNik('3201013102900000', { today }))).toEqual([
      'nik.birthDateInvalid',
      'nik.serialZero',
    ]);
  });

  it('throws on a malformed today (a programming error, not a clerk error)', () => {
    expect(() => validateNik('3201014501900001', { today: '23-11-2026' })).toThrow(RangeError);
    expect(() => validateNik('3201014501900001', { today, birthDate: '1990-02-30' })).toThrow(
      RangeError,
    );
  });
});

describe('validateNik: contradictions with what the clerk entered', () => {
  const nik = '3201014501900001';

  it('accepts matching sex and birth date', () => {
    expect(validateNik(nik, { today, sex: 'female', birthDate: '1990-01-05' })).toMatchObject({
      ok: true,
      issues: [],
    });
  });

  it('rejects the other sex', () => {
    const result = validateNik(nik, { today, sex: 'male' });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        field: 'nik',
        code: 'nik.sexMismatch',
        severity: 'error',
        message: 'Jenis kelamin tidak sesuai dengan NIK: menurut NIK, pemiliknya perempuan.',
      },
    ]);
    expect(validateNik('3273011708450123', { today, sex: 'female' }).issues[0]?.message).toBe(
      'Jenis kelamin tidak sesuai dengan NIK: menurut NIK, pemiliknya laki-laki.',
    );
  });

  it('rejects another birth date, quoting the real day for women', () => {
    for (const birthDate of ['1990-01-06', '1990-02-05', '1991-01-05', '1980-01-05']) {
      const result = validateNik(nik, { today, birthDate });
      expect(codes(result)).toEqual(['nik.birthDateMismatch']);
      expect(result.issues[0]?.message).toBe(
        'Tanggal lahir tidak sesuai dengan NIK: menurut NIK, tanggal lahirnya 05-01-90 (HH-BB-TT).',
      );
    }
  });

  it('reports both contradictions at once', () => {
    expect(codes(validateNik(nik, { today, sex: 'male', birthDate: '1990-01-06' }))).toEqual([
      'nik.sexMismatch',
      'nik.birthDateMismatch',
    ]);
  });
});

describe('validateNik: region', () => {
  const regions = createRegionTable(testRegionAsset);

  it('does not check regions without a table', () => {
    expect(validateNik('9999014501900001', { today }).issues).toEqual([]);
  });

  it('is quiet for a known district', () => {
    expect(validateNik('1101014501900001', { today, regions }).issues).toEqual([]);
  });

  it('only warns for an unknown district, regency or province, naming the level', () => {
    const cases = [
      ['1101994501900001', '11.01.99', 'kecamatan'],
      ['1199014501900001', '11.99', 'kabupaten/kota'],
      ['9901014501900001', '99', 'provinsi'],
    ] as const;
    for (const [nik, code, level] of cases) {
      const result = validateNik(nik, { today, regions });
      expect(result.ok).toBe(true);
      expect(result.value?.districtCode).toBe(nik.slice(0, 6));
      expect(result.issues).toEqual([
        {
          field: 'nik',
          code: 'nik.regionUnknown',
          severity: 'warning',
          message:
            `Kode wilayah ${code} (${level}) pada NIK tidak ada di tabel wilayah. ` +
            'Periksa kembali; kode wilayah bisa berubah karena pemekaran.',
        },
      ]);
    }
  });

  it('keeps the warning next to errors', () => {
    expect(codes(validateNik('9901013102900001', { today, regions }))).toEqual([
      'nik.birthDateInvalid',
      'nik.regionUnknown',
    ]);
  });
});

describe('buildNik', () => {
  it('adds 40 to the day for women', () => {
    expect(
      buildNik({ districtCode: '320101', birthDate: '1990-01-05', sex: 'female', serial: '0001' }),
    ).toBe('3201014501900001');
    expect(
      buildNik({ districtCode: '327301', birthDate: '1945-08-17', sex: 'male', serial: '0123' }),
    ).toBe('3273011708450123');
  });

  it('refuses malformed parts', () => {
    const parts = {
      districtCode: '320101',
      birthDate: '1990-01-05',
      sex: 'male',
      serial: '0001',
    } as const;
    expect(() => buildNik({ ...parts, districtCode: '3201' })).toThrow(RangeError);
    expect(() => buildNik({ ...parts, serial: '1' })).toThrow(RangeError);
    expect(() => buildNik({ ...parts, birthDate: '1990-02-30' })).toThrow(RangeError);
  });
});
