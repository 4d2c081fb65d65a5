import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, daysInMonth, toIsoDate, type CalendarDate } from './calendar';
import { buildKk, validateKk } from './kk';
import { createRegionTable } from './regions';
import { testRegionAsset } from './regionFixture';

const today = '2026-11-23';
const codes = (result: ReturnType<typeof validateKk>) => result.issues.map((issue) => issue.code);

describe('validateKk', () => {
  it('parses region, issue date (no +40) and serial', () => {
    expect(validateKk('3201 0125 0109 0001', { today })).toEqual({
      ok: true,
      value: {
        kk: '3201012501090001',
        provinceCode: '32',
        regencyCode: '3201',
        districtCode: '320101',
        issueDate: '2009-01-25',
        serial: '0001',
      },
      issues: [],
    });
  });

  it('reads old cards in the last century', () => {
    expect(validateKk('3201011503990001', { today }).value?.issueDate).toBe('1999-03-15');
  });

  it('checks the shape like a NIK', () => {
    expect(validateKk('', { today }).issues[0]?.message).toBe('Nomor KK wajib diisi.');
    expect(validateKk('32010125010900O1', { today }).issues[0]?.message).toBe(
      'Nomor KK hanya boleh berisi angka.',
    );
    expect(validateKk('32010125010901', { today }).issues[0]?.message).toBe(
      'Nomor KK harus 16 digit, yang diisi 14 digit.',
    );
  });

  it('rejects impossible issue dates; women’s +40 is not a KK thing', () => {
    for (const kk of [
      '3201013102090001',
      '3201014501090001',
      '3201010013090001',
      '3201012902090001',
    ]) {
      expect(codes(validateKk(kk, { today }))).toEqual(['kk.issueDateInvalid']);
    }
    expect(validateKk('3201013102090001', { today }).issues[0]?.message).toBe(
      'Digit 7–12 Nomor KK (310209) bukan tanggal terbit yang mungkin. Periksa kembali Nomor KK.',
    );
    expect(validateKk('3201012902080001', { today }).value?.issueDate).toBe('2008-02-29');
  });

  it('rejects an issue date after today, not reading it as a century ago', () => {
    expect(validateKk('3201012311260001', { today }).ok).toBe(true);
    const result = validateKk('3201012411260001', { today });
    expect(codes(result)).toEqual(['kk.issueDateFuture']);
    expect(result.issues[0]?.message).toBe(
      'Tanggal terbit pada Nomor KK (241126) belum lewat. Periksa kembali Nomor KK.',
    );
    expect(validateKk('3201010101270001', { today }).value?.issueDate).toBe('1927-01-01');
  });

  it('rejects serial 0000', () => {
    const result = validateKk('3201012501090000', { today });
    expect(codes(result)).toEqual(['kk.serialZero']);
    expect(result.issues[0]?.message).toBe('Nomor urut KK (4 digit terakhir) tidak boleh 0000.');
  });

  it('only warns for an unknown region', () => {
    const regions = createRegionTable(testRegionAsset);
    expect(validateKk('1101012501090001', { today, regions }).issues).toEqual([]);
    const result = validateKk('1101992501090001', { today, regions, field: 'kkNumber' });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      {
        field: 'kkNumber',
        code: 'kk.regionUnknown',
        severity: 'warning',
        message:
          'Kode wilayah 11.01.99 (kecamatan) pada Nomor KK tidak ada di tabel wilayah. ' +
          'Periksa kembali; kode wilayah bisa berubah karena pemekaran.',
      },
    ]);
  });
});

describe('No. KK properties', () => {
  const dateIn = (minYear: number, maxYear: number): fc.Arbitrary<CalendarDate> =>
    fc
      .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }))
      .chain(([year, month]) =>
        fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
      );
  const validCase = dateIn(1950, 2150).chain((today) =>
    fc.record({
      today: fc.constant(today),
      districtCode: fc.stringMatching(/^\d{6}$/),
      issued: dateIn(today.year - 99, today.year).filter((date) => compareDates(date, today) <= 0),
      serial: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    }),
  );

  it('every valid No. KK parses back to its parts', () => {
    fc.assert(
      fc.property(validCase, ({ today: day, districtCode, issued, serial }) => {
        const issueDate = toIsoDate(issued);
        const kk = buildKk({ districtCode, issueDate, serial });
        expect(validateKk(kk, { today: toIsoDate(day) }).value).toEqual({
          kk,
          provinceCode: districtCode.slice(0, 2),
          regencyCode: districtCode.slice(0, 4),
          districtCode,
          issueDate,
          serial,
        });
      }),
    );
  });

  it('parse then build is the identity on every 16-digit string that parses', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), dateIn(1950, 2150), (kk, day) => {
        const result = validateKk(kk, { today: toIsoDate(day) });
        if (result.ok) expect(buildKk(result.value)).toBe(kk);
      }),
    );
  });
});
