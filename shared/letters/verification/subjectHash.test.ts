import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchesSubject, subjectHash } from './subjectHash';

const letter = { officeId: 'dinsos-tanggamus', letterNumber: '400.9.11/0123/Dinsos/2026' };
const person = { nik: '1806014501900001', name: 'Siti Aminah' };

describe('subjectHash', () => {
  it('is 16 bytes of base64url and pinned (old letters must keep matching)', () => {
    const hash = subjectHash({ ...letter, ...person });
    expect(hash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hash).toMatchInlineSnapshot(`"ph2UoU-hHuWj3O8WHbTinA"`);
    expect(subjectHash({ ...letter, name: 'Bayi Ny. Rina' })).toMatchInlineSnapshot(
      `"NAQ9HU3lhLHL7ol-P2Ontg"`,
    );
  });

  it('is the documented canonical form, checked with another sha256', () => {
    const canonical = JSON.stringify([
      'loket-subject-v1',
      letter.officeId,
      letter.letterNumber,
      person.nik,
      'siti aminah',
    ]);
    const expected = createHash('sha256')
      .update(canonical, 'utf8')
      .digest()
      .subarray(0, 16)
      .toString('base64url');
    expect(subjectHash({ ...letter, ...person })).toBe(expected);
  });

  it('carries neither the NIK nor the name in clear', () => {
    const hash = subjectHash({ ...letter, ...person });
    expect(hash).not.toContain(person.nik.slice(0, 6));
    expect(hash.toLowerCase()).not.toContain('siti');
  });

  it('differs per letter, so one person’s letters cannot be linked', () => {
    const first = subjectHash({ ...letter, ...person });
    expect(
      subjectHash({ ...letter, ...person, letterNumber: '400.9.11/0124/Dinsos/2026' }),
    ).not.toBe(first);
    expect(subjectHash({ ...letter, ...person, officeId: 'dinsos-solok' })).not.toBe(first);
  });

  it('treats a missing NIK (newborn) as its own value, never as an empty one that could collide', () => {
    const newborn = subjectHash({ ...letter, name: 'Bayi Ny. Rina' });
    expect(subjectHash({ ...letter, nik: '', name: 'Bayi Ny. Rina' })).toBe(newborn);
    expect(subjectHash({ ...letter, nik: 'null', name: 'Bayi Ny. Rina' })).not.toBe(newborn);
  });
});

describe('matchesSubject', () => {
  const claim = { ...letter, subjectHash: subjectHash({ ...letter, ...person }) };

  it('confirms the person however the clerk types the name or spaces the NIK', () => {
    expect(matchesSubject(claim, person)).toBe(true);
    expect(matchesSubject(claim, { nik: '1806 0145 0190 0001', name: '  SITI   aminah ' })).toBe(
      true,
    );
    expect(matchesSubject(claim, { nik: person.nik, name: 'Sití Amínah' })).toBe(true);
  });

  it('rejects another NIK or another name', () => {
    expect(matchesSubject(claim, { ...person, nik: '1806014501900002' })).toBe(false);
    expect(matchesSubject(claim, { ...person, name: 'Siti Aminah Putri' })).toBe(false);
    expect(matchesSubject(claim, { name: person.name })).toBe(false);
  });
});
