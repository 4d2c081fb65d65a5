import { describe, expect, it } from 'vitest';
import { formatLetterNumber } from './formatLetterNumber';
import { numberingSettingsSchema, type NumberingSettingsInput } from './settings';

const settings = (input: Partial<NumberingSettingsInput> = {}) =>
  numberingSettingsSchema.parse({ unit: 'Dinsos', ...input });

describe('formatLetterNumber', () => {
  it('formats the default template with the padded sequence', () => {
    expect(formatLetterNumber(settings(), { seq: 123, date: '2026-11-23' })).toEqual({
      ok: true,
      value: '400.9.11/0123/Dinsos/2026',
    });
  });

  it('pads to the configured width and never cuts a longer sequence', () => {
    const wide = settings({ seqPadding: 6 });
    const format = (seq: number, seqPadding = 4) =>
      formatLetterNumber(settings({ seqPadding }), { seq, date: '2026-01-05' });
    expect(formatLetterNumber(wide, { seq: 7, date: '2026-01-05' })).toMatchObject({
      value: '400.9.11/000007/Dinsos/2026',
    });
    expect(format(12345)).toMatchObject({ value: '400.9.11/12345/Dinsos/2026' });
    expect(format(5, 1)).toMatchObject({ value: '400.9.11/5/Dinsos/2026' });
  });

  it('writes the month in two digits or in roman numerals', () => {
    const monthly = settings({ template: '{code}/{seq}/{unit}/{romanMonth}/{year}' });
    expect(formatLetterNumber(monthly, { seq: 1, date: '2026-11-23' })).toMatchObject({
      value: '400.9.11/0001/Dinsos/XI/2026',
    });
    expect(formatLetterNumber(monthly, { seq: 1, date: '2026-04-01' })).toMatchObject({
      value: '400.9.11/0001/Dinsos/IV/2026',
    });
    const numeric = settings({ template: '{code}/{seq}/{unit}/{month}/{year}' });
    expect(formatLetterNumber(numeric, { seq: 9, date: '2026-03-31' })).toMatchObject({
      value: '400.9.11/0009/Dinsos/03/2026',
    });
  });

  it('uses the office classification code and unit', () => {
    const office = settings({ classificationCode: '400.9', unit: 'Dinsos-PPPA' });
    expect(formatLetterNumber(office, { seq: 42, date: '2027-01-01' })).toMatchObject({
      value: '400.9/0042/Dinsos-PPPA/2027',
    });
  });

  it('inserts the service code and refuses a letter without one', () => {
    const perService = settings({ template: '{code}/{seq}/{serviceCode}/{unit}/{year}' });
    expect(
      formatLetterNumber(perService, { seq: 3, date: '2026-02-10', serviceCode: 'PBI' }),
    ).toMatchObject({ value: '400.9.11/0003/PBI/Dinsos/2026' });
    expect(formatLetterNumber(perService, { seq: 3, date: '2026-02-10' })).toEqual({
      ok: false,
      error: {
        code: 'service-code-missing',
        message:
          'Format nomor surat memuat penanda {serviceCode}, tetapi kode layanan untuk surat ini belum diisi.',
      },
    });
    expect(
      formatLetterNumber(perService, { seq: 3, date: '2026-02-10', serviceCode: 'PBI/APBD' }),
    ).toMatchObject({ ok: false, error: { code: 'service-code-invalid' } });
  });

  it('ignores a service code the template does not use', () => {
    expect(
      formatLetterNumber(settings(), { seq: 1, date: '2026-02-10', serviceCode: 'PBI' }),
    ).toMatchObject({ value: '400.9.11/0001/Dinsos/2026' });
  });

  it('returns the template error for settings that were never validated', () => {
    const unchecked = { ...settings(), template: '{code}/{nomor}/{year}' };
    expect(formatLetterNumber(unchecked, { seq: 1, date: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'template-unknown-placeholder' },
    });
  });

  it('throws on a programming error: a sequence below 1 or an impossible date', () => {
    expect(() => formatLetterNumber(settings(), { seq: 0, date: '2026-01-01' })).toThrow(
      'Nomor urut 0 tidak valid',
    );
    expect(() => formatLetterNumber(settings(), { seq: 1.5, date: '2026-01-01' })).toThrow();
    expect(() => formatLetterNumber(settings(), { seq: 1, date: '2026-02-29' })).toThrow(
      'Tanggal surat "2026-02-29" tidak valid',
    );
  });
});
