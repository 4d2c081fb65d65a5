import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, daysInMonth, toIsoDate, type CalendarDate } from './calendar';
import { buildNik, validateNik } from './nik';
import type { Sex } from './types';

const dateIn = (minYear: number, maxYear: number): fc.Arbitrary<CalendarDate> =>
  fc
    .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }))
    .chain(([year, month]) =>
      fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
    );

/** Birth dates a NIK can encode unambiguously: the 100 years up to and including today. */
const inWindow = (today: CalendarDate) => (date: CalendarDate) =>
  compareDates(date, today) <= 0 && compareDates(date, { ...today, year: today.year - 100 }) > 0;

const validCase = dateIn(1950, 2150).chain((today) =>
  fc.record({
    today: fc.constant(today),
    districtCode: fc.stringMatching(/^\d{6}$/),
    birth: dateIn(today.year - 100, today.year).filter(inWindow(today)),
    sex: fc.constantFrom<Sex>('male', 'female'),
    serial: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  }),
);

type ValidCase = typeof validCase extends fc.Arbitrary<infer T> ? T : never;

function nikOf(c: ValidCase): string {
  return buildNik({ ...c, birthDate: toIsoDate(c.birth) });
}

const options = (c: ValidCase) => ({ today: toIsoDate(c.today) });

const replaceAt = (text: string, start: number, replacement: string) =>
  text.slice(0, start) + replacement + text.slice(start + replacement.length);

describe('NIK properties', () => {
  it('every valid NIK parses back to its parts', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const nik = nikOf(c);
        expect(validateNik(nik, options(c))).toEqual({
          ok: true,
          value: {
            nik,
            provinceCode: c.districtCode.slice(0, 2),
            regencyCode: c.districtCode.slice(0, 4),
            districtCode: c.districtCode,
            birthDate: toIsoDate(c.birth),
            sex: c.sex,
            serial: c.serial,
          },
          issues: [],
        });
      }),
    );
  });

  it('agrees with the sex and birth date it was built from, and contradicts the other sex', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const birthDate = toIsoDate(c.birth);
        const nik = nikOf(c);
        expect(validateNik(nik, { ...options(c), sex: c.sex, birthDate }).issues).toEqual([]);
        const otherSex = c.sex === 'male' ? 'female' : 'male';
        const codes = validateNik(nik, { ...options(c), sex: otherSex }).issues.map((i) => i.code);
        expect(codes).toEqual(['nik.sexMismatch']);
      }),
    );
  });

  it('parse then build is the identity on every 16-digit string that parses', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), dateIn(1950, 2150), (nik, today) => {
        const result = validateNik(nik, { today: toIsoDate(today) });
        if (result.ok) expect(buildNik(result.value)).toBe(nik);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('ignores whitespace anywhere', () => {
    fc.assert(
      fc.property(
        validCase,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 16 }), fc.constantFrom(' ', '  ', '\t'))),
        (c, spaces) => {
          const nik = nikOf(c);
          const spaced = spaces.reduce(
            (text, [at, space]) => text.slice(0, at) + space + text.slice(at),
            nik,
          );
          expect(validateNik(spaced, options(c)).value?.nik).toBe(nik);
        },
      ),
    );
  });

  it('rejects an impossible month', () => {
    const badMonth = fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }));
    fc.assert(
      fc.property(validCase, badMonth, (c, month) => {
        const nik = replaceAt(nikOf(c), 8, String(month).padStart(2, '0'));
        const codes = validateNik(nik, options(c)).issues.map((i) => i.code);
        expect(codes).toEqual(['nik.birthDateInvalid']);
      }),
    );
  });

  it('rejects an impossible day: 00, 32–40, 72–99', () => {
    const badDay = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 32, max: 40 }),
      fc.integer({ min: 72, max: 99 }),
    );
    fc.assert(
      fc.property(validCase, badDay, (c, day) => {
        const nik = replaceAt(nikOf(c), 6, String(day).padStart(2, '0'));
        expect(validateNik(nik, options(c)).issues.map((i) => i.code)).toEqual([
          'nik.birthDateInvalid',
        ]);
      }),
    );
  });

  it('rejects a day past the end of its month (31 April, 30 February, 29 February in 2001…)', () => {
    const pastMonthEnd = fc
      .record({
        month: fc.constantFrom(2, 4, 6, 9, 11),
        yy: fc.integer({ min: 0, max: 99 }),
        female: fc.boolean(),
      })
      .chain(({ month, yy, female }) => {
        // A YY not divisible by 4 is a common year in every century, so 29 February is out.
        const firstBad = month !== 2 ? 31 : yy % 4 === 0 ? 30 : 29;
        return fc
          .integer({ min: firstBad, max: 31 })
          .map((day) => ({ month, yy, encodedDay: female ? day + 40 : day }));
      });
    fc.assert(
      fc.property(validCase, pastMonthEnd, (c, { month, yy, encodedDay }) => {
        const digits = [encodedDay, month, yy].map((n) => String(n).padStart(2, '0')).join('');
        const nik = replaceAt(nikOf(c), 6, digits);
        expect(validateNik(nik, options(c)).issues.map((i) => i.code)).toEqual([
          'nik.birthDateInvalid',
        ]);
      }),
    );
  });

  it('rejects serial 0000', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const nik = replaceAt(nikOf(c), 12, '0000');
        expect(validateNik(nik, options(c)).issues.map((i) => i.code)).toEqual(['nik.serialZero']);
      }),
    );
  });

  it('rejects a digit too many or too few, with the typed length', () => {
    const edit = fc.record({
      at: fc.integer({ min: 0, max: 15 }),
      insert: fc.boolean(),
      digit: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(validCase, edit, (c, { at, insert, digit }) => {
        const nik = nikOf(c);
        const edited = insert
          ? nik.slice(0, at) + String(digit) + nik.slice(at)
          : nik.slice(0, at) + nik.slice(at + 1);
        const result = validateNik(edited, options(c));
        expect(result.issues.map((i) => i.code)).toEqual(['nik.length']);
        expect(result.issues[0]?.message).toContain(`yang diisi ${edited.length} digit`);
      }),
    );
  });

  it('rejects any string that is not 16 digits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,40}$/).filter((s) => s.length !== 16),
        (digits) => {
          expect(validateNik(digits, { today: '2026-11-23' }).ok).toBe(false);
        },
      ),
    );
  });

  it('rejects a letter anywhere', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzOIlS'.split(''));
    fc.assert(
      fc.property(validCase, fc.integer({ min: 0, max: 15 }), letter, (c, at, char) => {
        const nik = replaceAt(nikOf(c), at, char);
        expect(validateNik(nik, options(c)).issues.map((i) => i.code)).toEqual(['nik.notDigits']);
      }),
    );
  });
});
