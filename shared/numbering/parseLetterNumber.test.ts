import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLetterNumber } from './formatLetterNumber';
import { parseLetterNumber } from './parseLetterNumber';
import { numberingSettingsSchema, type NumberingSettingsInput } from './settings';
import { placeholderNames } from './template';

const settings = (input: Partial<NumberingSettingsInput> = {}) =>
  numberingSettingsSchema.parse({ unit: 'Dinsos', ...input });

describe('parseLetterNumber', () => {
  it('reads the default template back', () => {
    expect(parseLetterNumber(settings(), '400.9.11/0123/Dinsos/2026')).toEqual({
      ok: true,
      value: { seq: 123, year: 2026 },
    });
  });

  it('reads months, roman months and service codes where the template has them', () => {
    const full = settings({
      template: '{code}/{seq}/{serviceCode}/{unit}/{month}/{romanMonth}/{year}',
    });
    expect(parseLetterNumber(full, '400.9.11/0007/JKSS/Dinsos/11/XI/2026')).toEqual({
      ok: true,
      value: { seq: 7, year: 2026, month: 11, serviceCode: 'JKSS' },
    });
    expect(parseLetterNumber(full, '400.9.11/0007/JKSS/Dinsos/10/XI/2026')).toMatchObject({
      ok: false,
      error: { code: 'letter-number-mismatch', message: expect.stringContaining('dua bulan') },
    });
  });

  it('gives only the sequence when the template holds nothing else', () => {
    const bare = settings({ template: 'B-{seq}', yearlyReset: false });
    expect(parseLetterNumber(bare, 'B-0042')).toEqual({ ok: true, value: { seq: 42 } });
  });

  it('accepts surrounding spaces but nothing that the same settings would not print', () => {
    const office = settings();
    expect(parseLetterNumber(office, ' 400.9.11/0123/Dinsos/2026 ').ok).toBe(true);
    for (const wrong of [
      '400.9.11/00123/Dinsos/2026',
      '400.9.11/123/Dinsos/2026',
      '400.9.11/0000/Dinsos/2026',
      '400.9.11/0123/DINSOS/2026',
      '400.9.1/0123/Dinsos/2026',
      '400x9x11/0123/Dinsos/2026',
      '400.9.11/0123/Dinsos/26',
      '400.9.11/0123/Dinsos/2026/extra',
    ]) {
      expect(parseLetterNumber(office, wrong)).toEqual({
        ok: false,
        error: {
          code: 'letter-number-mismatch',
          message: `Nomor surat "${wrong}" tidak sesuai format nomor surat kantor ini ({code}/{seq}/{unit}/{year}).`,
        },
      });
    }
  });

  it('rejects impossible months', () => {
    const monthly = settings({ template: '{code}/{seq}/{month}/{year}' });
    expect(parseLetterNumber(monthly, '400.9.11/0001/13/2026').ok).toBe(false);
    expect(parseLetterNumber(monthly, '400.9.11/0001/00/2026').ok).toBe(false);
  });

  it('reads back whatever it formatted, for any valid template', () => {
    const separator = fc.constantFrom('/', '.', '-', ' ', '/No.', '_', ')/(');
    const template = fc
      .shuffledSubarray(
        placeholderNames.filter((name) => name !== 'seq' && name !== 'year'),
        { minLength: 0 },
      )
      .chain((others) =>
        fc.tuple(
          fc.shuffledSubarray(['seq', 'year', ...others], {
            minLength: others.length + 2,
            maxLength: others.length + 2,
          }),
          fc.array(separator, { minLength: 7, maxLength: 7 }),
          fc.constantFrom('', 'No. ', 'B-'),
        ),
      )
      .map(([names, separators, prefix]) =>
        names.reduce(
          (text, name, index) => `${text}${index === 0 ? '' : separators[index]}{${name}}`,
          prefix,
        ),
      );
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((value) => value.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        template,
        fc.constantFrom('400.9.11', '400.9', '400', '000.1.2.3'),
        fc.constantFrom('Dinsos', 'Dinsos-PPPA', 'SLRT/Dinsos', '1.2', 'Dinas Sosial'),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        date,
        fc.stringMatching(/^[A-Z0-9]{1,8}$/),
        (template, classificationCode, unit, seqPadding, seq, date, serviceCode) => {
          const office = settings({ template, classificationCode, unit, seqPadding });
          const formatted = formatLetterNumber(office, { seq, date, serviceCode });
          if (!formatted.ok) throw new Error(formatted.error.message);
          const parsed = parseLetterNumber(office, formatted.value);
          if (!parsed.ok) throw new Error(parsed.error.message);
          expect(parsed.value.seq).toBe(seq);
          expect(parsed.value.year).toBe(Number(date.slice(0, 4)));
          if (template.includes('onth}')) expect(parsed.value.month).toBe(Number(date.slice(5, 7)));
          if (template.includes('{serviceCode}'))
            expect(parsed.value.serviceCode).toBe(serviceCode);
        },
      ),
    );
  });
});
