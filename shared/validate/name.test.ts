import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_PREFIX_LENGTH, namePrefixKey, normalizeName } from './name';

describe('normalizeName', () => {
  it('lower-cases, strips diacritics and punctuation, collapses whitespace', () => {
    expect(normalizeName('  SITI   Aminah ')).toBe('siti aminah');
    expect(normalizeName('Désirée Çelik')).toBe('desiree celik');
    expect(normalizeName('Muh. Ma’ruf Al-Amin')).toBe('muh maruf al amin');
    expect(normalizeName("I Gusti Ngurah Rai'")).toBe('i gusti ngurah rai');
    expect(normalizeName('Bo"a (Nunle\'u)')).toBe('boa nunleu');
  });

  it('keeps titles unless asked to strip them', () => {
    expect(normalizeName('Hj. Siti Aminah, S.Pd.')).toBe('hj siti aminah s pd');
  });

  it('strips common honorifics and degrees when asked', () => {
    const strip = (raw: string) => normalizeName(raw, { stripTitles: true });
    expect(strip('Hj. Siti Aminah, S.Pd.')).toBe('siti aminah');
    expect(strip('Prof. Dr. H. Ahmad Yusuf, M.Si., Ph.D.')).toBe('ahmad yusuf');
    expect(strip('Drs.H.Muhammad Yusuf')).toBe('muhammad yusuf');
    expect(strip('H Abdul Rahman')).toBe('abdul rahman');
    expect(strip('dr. Rina Wati, Sp.A')).toBe('rina wati sp a');
    expect(strip('Budi Santoso S.T.')).toBe('budi santoso');
    expect(strip('Ny. Sri Rahayu, A.Md.Keb')).toBe('sri rahayu a md keb');
  });

  it('does not strip what only looks like a title', () => {
    const strip = (raw: string) => normalizeName(raw, { stripTitles: true });
    expect(strip('Budi ST')).toBe('budi st');
    expect(strip('Ahmad H')).toBe('ahmad h');
    expect(strip('H.')).toBe('h');
    expect(strip('Dr.')).toBe('dr');
    expect(strip('S.Pd')).toBe('s pd');
    expect(strip(', S.Pd')).toBe('s pd');
    expect(strip('Lubuk Pakam I,II')).toBe('lubuk pakam i ii');
  });

  it('is idempotent and yields only lower-case letters, digits and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (raw, stripTitles) => {
        const once = normalizeName(raw, { stripTitles });
        expect(normalizeName(once, { stripTitles })).toBe(once);
        expect(once).toMatch(/^(?:[^\s\p{Lu}\p{P}]+(?: [^\s\p{Lu}\p{P}]+)*)?$/u);
      }),
    );
  });
  it('is idempotent on title-heavy names too', () => {
    const token = fc.constantFrom(
      'H.',
      'Hj',
      'Dr.',
      'S.Pd',
      'S.Pd.',
      'M.Si',
      'Siti',
      'Ma’ruf',
      'h',
      'st',
    );
    const separator = fc.constantFrom(' ', ', ', '.', ',');
    const name = fc
      .array(fc.tuple(token, separator), { maxLength: 6 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(name, (raw) => {
        const once = normalizeName(raw, { stripTitles: true });
        expect(normalizeName(once, { stripTitles: true })).toBe(once);
        if (normalizeName(raw) !== '') expect(once).not.toBe('');
      }),
    );
  });
});

describe('namePrefixKey', () => {
  it('is the title-free normalised name, cut to the index length', () => {
    expect(namePrefixKey('Hj. Siti Aminah, S.Pd.')).toBe('siti aminah');
    const long = namePrefixKey('Raden Mas Gusti Pangeran Adipati Arya Mangkunegara');
    expect(long).toBe('raden mas gusti pangeran');
    expect(long).toHaveLength(NAME_PREFIX_LENGTH);
    expect(namePrefixKey('Siti Aminah', 5)).toBe('siti');
  });

  it('maps every prefix of a name to a prefix of the name’s key', () => {
    const word = fc.stringMatching(/^[a-z]{3,9}$/).filter((w) => namePrefixKey(w) === w);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(), (words, cut) => {
        const name = words.join(' ');
        const typed = name.slice(0, 1 + (cut % name.length));
        expect(namePrefixKey(name).startsWith(namePrefixKey(typed))).toBe(true);
      }),
    );
  });
});
