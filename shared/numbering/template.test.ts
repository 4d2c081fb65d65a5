import { describe, expect, it } from 'vitest';
import { parseTemplate } from './template';

const errorOf = (template: string) => {
  const result = parseTemplate(template);
  if (result.ok) throw new Error(`expected ${template} to be rejected`);
  return result.error;
};

describe('parseTemplate', () => {
  it('splits the default template into placeholders and literals', () => {
    expect(parseTemplate('{code}/{seq}/{unit}/{year}')).toEqual({
      ok: true,
      value: [
        { kind: 'placeholder', name: 'code' },
        { kind: 'literal', text: '/' },
        { kind: 'placeholder', name: 'seq' },
        { kind: 'literal', text: '/' },
        { kind: 'placeholder', name: 'unit' },
        { kind: 'literal', text: '/' },
        { kind: 'placeholder', name: 'year' },
      ],
    });
  });

  it('accepts every known placeholder and leading or trailing text', () => {
    const result = parseTemplate(
      'No. {code}/{seq}-{serviceCode}/{unit}/{month}.{romanMonth}/{year} ',
    );
    expect(result.ok).toBe(true);
  });

  it('names an unknown placeholder in Indonesian', () => {
    const error = errorOf('{code}/{seq}/{tahun}');
    expect(error.code).toBe('template-unknown-placeholder');
    expect(error.message).toBe(
      'Penanda {tahun} pada format nomor surat tidak dikenal. Penanda yang dapat dipakai: {code}, {seq}, {unit}, {year}, {month}, {romanMonth}, {serviceCode}.',
    );
  });

  it('is case-sensitive about placeholder names', () => {
    expect(errorOf('{Seq}/{year}').message).toContain('{Seq}');
  });

  it('rejects a template without {seq}', () => {
    const error = errorOf('{code}/{unit}/{year}');
    expect(error.code).toBe('template-missing-seq');
    expect(error.message).toContain('{seq}');
    expect(error.message).toContain('nomor urut');
  });

  it('rejects an empty template', () => {
    expect(errorOf('  ').code).toBe('template-required');
  });

  it('rejects unbalanced braces with the position', () => {
    expect(errorOf('{code}/{seq/{year}').message).toContain('karakter ke-8');
    expect(errorOf('{code}/seq}/{year}').code).toBe('template-unbalanced-brace');
    expect(errorOf('{seq}/{year').code).toBe('template-unbalanced-brace');
  });

  it('rejects a repeated placeholder', () => {
    const error = errorOf('{seq}/{year}/{seq}');
    expect(error.code).toBe('template-duplicate-placeholder');
    expect(error.message).toBe('Penanda {seq} muncul lebih dari sekali pada format nomor surat.');
  });

  it('rejects placeholders not separated by punctuation', () => {
    expect(errorOf('{code}{seq}/{year}').message).toBe(
      'Penanda {code} dan {seq} harus dipisahkan tanda baca, misalnya "/".',
    );
    expect(errorOf('{seq}A{serviceCode}/{year}').code).toBe('template-adjacent-placeholders');
    expect(parseTemplate('{seq} {serviceCode}/{year}').ok).toBe(true);
  });
});
