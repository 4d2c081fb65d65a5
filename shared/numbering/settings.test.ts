import { describe, expect, it } from 'vitest';
import { numberingSettingsSchema } from './settings';

const messagesFor = (input: unknown) => {
  const result = numberingSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
};

describe('numberingSettingsSchema', () => {
  it('fills in the Permendagri 83/2022 social-security code and the usual defaults', () => {
    expect(numberingSettingsSchema.parse({ unit: 'Dinsos' })).toEqual({
      template: '{code}/{seq}/{unit}/{year}',
      classificationCode: '400.9.11',
      unit: 'Dinsos',
      seqPadding: 4,
      yearlyReset: true,
    });
  });

  it.each(['400', '400.9', '400.9.11', '000.1.2.3'])(
    'accepts the classification code %s',
    (code) => {
      expect(messagesFor({ unit: 'Dinsos', classificationCode: code })).toEqual([]);
    },
  );

  it.each(['', '40', '400.', '400..9', '400.9.11.', 'A00.9', '400-9-11', '400.1234'])(
    'rejects the classification code "%s"',
    (code) => {
      expect(messagesFor({ unit: 'Dinsos', classificationCode: code })).toEqual([
        {
          path: ['classificationCode'],
          message: `Kode klasifikasi "${code}" tidak sesuai Permendagri 83/2022. Gunakan angka bertitik, misalnya 400.9.11.`,
        },
      ]);
    },
  );

  it('reports template errors on the template field in Indonesian', () => {
    expect(messagesFor({ unit: 'Dinsos', template: '{code}/{nomor}/{year}' })).toEqual([
      {
        path: ['template'],
        message: expect.stringContaining('Penanda {nomor} pada format nomor surat tidak dikenal'),
      },
    ]);
  });

  it('demands {year} when the sequence restarts every year, and reports every field at once', () => {
    expect(messagesFor({ unit: '', template: '{code}/{seq}/{unit}' })).toEqual([
      { path: ['unit'], message: expect.stringContaining('Kode unit pengolah wajib diisi') },
      { path: ['template'], message: expect.stringContaining('harus memuat penanda {year}') },
    ]);
  });

  it('allows a template without {year} for a sequence that never restarts', () => {
    expect(
      messagesFor({ unit: 'Dinsos', template: '{code}/{seq}/{unit}', yearlyReset: false }),
    ).toEqual([]);
  });

  it.each([0, 9, 2.5, '4'])('rejects the padding %s', (seqPadding) => {
    expect(messagesFor({ unit: 'Dinsos', seqPadding })).toEqual([
      {
        path: ['seqPadding'],
        message: 'Lebar nomor urut harus bilangan bulat antara 1 dan 8 digit.',
      },
    ]);
  });

  it('rejects braces in the unit and says so in Indonesian for a non-object', () => {
    expect(messagesFor({ unit: '{unit}' })[0]?.path).toEqual(['unit']);
    expect(messagesFor(null)).toEqual([
      { path: [], message: 'Pengaturan penomoran surat tidak valid.' },
    ]);
  });
});
