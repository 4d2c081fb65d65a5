import { describe, expect, it } from 'vitest';
import { escapeHtml, rateLimitedPage, verifyPage } from './verifyPage';
import type { LetterVerdict } from './verifyLetter';

const letter = {
  number: '400.9.11/0123/Dinsos/2026',
  officeId: 'dinsos-bulukumba',
  officeName: 'Dinas Sosial Kabupaten Bulukumba',
  issuedOn: '2026-11-23',
  subjectName: 'S*** N********',
};
const genuine: LetterVerdict = {
  status: 'genuine',
  code: 'genuine',
  message: 'Surat asli: kode verifikasi cocok.',
  letter,
};

describe('verifyPage', () => {
  it('shows the verdict, the letter with its long date and masked name, and what the code is not', () => {
    const html = verifyPage('7k3m q9px 2d4a', genuine);
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(html).toContain('<title>Pemeriksaan Surat</title>');
    expect(html).toContain('<h1>Surat asli</h1>');
    expect(html).toContain('<dd>400.9.11/0123/Dinsos/2026</dd>');
    expect(html).toContain('<dd>Dinas Sosial Kabupaten Bulukumba</dd>');
    expect(html).toContain('<dd>23 November 2026</dd>');
    expect(html).toContain('S*** N********');
    expect(html).toContain('bukan tanda tangan elektronik');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
  });

  it.each([
    ['revoked', 'key-revoked', 'Kunci kantor telah dicabut — hubungi kantor'],
    ['altered', 'signature-invalid', 'Data surat telah diubah'],
    ['unknown', 'letter-unknown', 'Surat tidak dikenal'],
  ] as const)('headlines %s as "%s"', (status, code, headline) => {
    const verdict: LetterVerdict =
      status === 'revoked' ? { ...genuine, status, code } : { status, code, message: 'Pesan.' };
    expect(verifyPage('ABCD', verdict)).toContain(`<h1>${headline}</h1>`);
  });

  it('shows the code as typed when no letter was found, and leaves out an empty name', () => {
    const unknown = verifyPage('ABCD-EFGH', {
      status: 'unknown',
      code: 'code-length',
      message: 'x',
    });
    expect(unknown).toContain('<dt>Kode yang diperiksa</dt><dd>ABCD-EFGH</dd>');
    const nameless = { ...genuine, letter: { ...letter, subjectName: '' } };
    expect(verifyPage('x', nameless)).not.toContain('Atas nama');
  });

  it('escapes every value it shows', () => {
    const hostile = '<script>alert("x")</script>&\'';
    const html = verifyPage(hostile, {
      ...genuine,
      message: hostile,
      letter: { ...letter, number: hostile, officeName: hostile, subjectName: hostile },
    });
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(
      verifyPage(hostile, { status: 'unknown', code: 'code-characters', message: hostile }),
    ).not.toContain('<script');
    expect(escapeHtml('a<b>&"\'c')).toBe('a&lt;b&gt;&amp;&quot;&#39;c');
  });

  it('tells a person who checked too often when to come back', () => {
    const html = rateLimitedPage(42);
    expect(html).toContain('<h1>Terlalu banyak pemeriksaan</h1>');
    expect(html).toContain('Coba lagi dalam 42 detik.');
  });
});
