import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { verificationMessages } from '../../shared/letters/verification/messages';
import { backends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, officeB, openTestServer } from '../testServer.test-helpers';
import { addOfficeKey, citizen, genuineAnswer, issueLetter } from './issuedLetters.test-helpers';
import { registerVerifyRoutes } from './verifyRoutes';

afterEach(closeTestServers);

const csp = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
const json = { accept: 'application/json' };
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe.each(backends)('GET /v1/verify/:code on %s', (kind) => {
  it('answers a genuine letter in JSON, without a token, and never with the NIK or key', async () => {
    const { db, app } = await openTestServer(kind);
    const key = await addOfficeKey(db, officeA);
    const letter = await issueLetter(db, key);
    const response = await app.inject({ url: `/v1/verify/${letter.code}`, headers: json });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual(genuineAnswer(letter));
    for (const secret of [citizen.nik, citizen.name, key.secretKey]) {
      expect(response.body).not.toContain(secret);
    }
    const byQuery = await app.inject({ url: `/v1/verify/${letter.code}?format=json` });
    expect(byQuery.json()).toEqual(response.json());
  });

  it('answers a browser with the Indonesian page, under a CSP that allows no script', async () => {
    const { db, app } = await openTestServer(kind);
    const letter = await issueLetter(db, await addOfficeKey(db, officeA));
    const typed = letter.code.toLowerCase().replaceAll('-', '');
    const response = await app.inject({ url: `/v1/verify/${typed}`, headers: browser });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(csp);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('<title>Pemeriksaan Surat</title>');
    expect(response.body).toContain('<h1>Surat asli</h1>');
    expect(response.body).toContain('400.9.11/0123/Dinsos/2026');
    expect(response.body).toContain('23 November 2026');
    expect(response.body).toContain('S*** N********');
    expect(response.body).toContain('bukan tanda tangan elektronik');
    expect(response.body).not.toContain(citizen.nik);
    expect(response.body).not.toContain(citizen.name);
    expect(response.body).not.toContain('<script');
    const noAccept = await app.inject({ url: `/v1/verify/${letter.code}` });
    expect(noAccept.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers every verdict with 200: mistyped, unknown, altered, revoked', async () => {
    const { db, app } = await openTestServer(kind);
    const revoked = await issueLetter(
      db,
      await addOfficeKey(db, officeA, { revokedAt: '2026-11-20T08:00:00+07:00' }),
    );
    const altered = await issueLetter(db, await addOfficeKey(db, officeB));
    await db.query(
      `UPDATE letter_numbers SET signed = jsonb_set(signed, '{claim,letterNumber}', '"1/2/3"')
        WHERE office_id = $1`,
      [officeB],
    );
    const last = revoked.code.at(-1);
    const mistyped = revoked.code.slice(0, -1) + (last === '0' ? '1' : '0');
    const cases = [
      [mistyped, 'unknown', 'Surat tidak dikenal'],
      ['0000-0000-0000', 'unknown', 'Surat tidak dikenal'],
      ['!!', 'unknown', 'Surat tidak dikenal'],
      [altered.code, 'altered', 'Data surat telah diubah'],
      [revoked.code, 'revoked', 'Kunci kantor telah dicabut — hubungi kantor'],
    ];
    for (const [code, status, headline] of cases) {
      const url = `/v1/verify/${encodeURIComponent(code ?? '')}`;
      const answer = await app.inject({ url, headers: json });
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({ status });
      const page = await app.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<h1>${headline}</h1>`);
    }
    const typo = await app.inject({ url: `/v1/verify/${mistyped}`, headers: json });
    expect(typo.json()).toEqual({
      status: 'unknown',
      code: 'code-mistyped',
      message: verificationMessages.codeMistyped,
    });
    const revokedAnswer = await app.inject({ url: `/v1/verify/${revoked.code}`, headers: json });
    expect(revokedAnswer.json()).toMatchObject({ letter: { number: revoked.claim.letterNumber } });
    const alteredAnswer = await app.inject({ url: `/v1/verify/${altered.code}`, headers: json });
    expect(alteredAnswer.json()).not.toHaveProperty('letter');
  });

  it('shows a letter of office B found by its code as office B’s', async () => {
    const { db, app } = await openTestServer(kind);
    await issueLetter(db, await addOfficeKey(db, officeA));
    const solok = await issueLetter(db, await addOfficeKey(db, officeB), {
      letterNumber: '460/0042/Dinsos-Solok/2026',
    });
    const response = await app.inject({ url: `/v1/verify/${solok.code}` });
    expect(response.body).toContain('Dinas Sosial Kota Solok');
    expect(response.body).toContain('460/0042/Dinsos-Solok/2026');
    expect(response.body).not.toContain('Bulukumba');
  });

  it('escapes a hostile name, office name and typed code in the page', async () => {
    const { db, app } = await openTestServer(kind);
    const letter = await issueLetter(db, await addOfficeKey(db, officeA), {
      subjectName: '<img src=x onerror=alert(1)> "Siti"',
    });
    await db.query('UPDATE offices SET name = $1 WHERE office_id = $2', [
      '<script>alert("kantor")</script>',
      officeA,
    ]);
    const page = await app.inject({ url: `/v1/verify/${letter.code}` });
    expect(page.body).toContain('&lt;*** s**** o**************** &quot;*****');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;kantor&quot;)&lt;/script&gt;');
    expect(page.body).not.toMatch(/<img|<script/);
    const typed = await app.inject({
      url: `/v1/verify/${encodeURIComponent('<b onmouseover="x">')}`,
    });
    expect(typed.body).toContain('&lt;b onmouseover=&quot;x&quot;&gt;');
    expect(typed.body).not.toContain('<b ');
  });

  it('leaves a database failure to the app: 500, not a verdict', async () => {
    const { db, app } = await openTestServer(kind);
    const letter = await issueLetter(db, await addOfficeKey(db, officeA));
    await db.query('DROP TABLE letter_numbers');
    const response = await app.inject({ url: `/v1/verify/${letter.code}`, headers: json });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ error: 'internal' });
  });

  it('limits each IP to 30 checks a minute by default, then answers 429 as asked', async () => {
    const { app } = await openTestServer(kind);
    for (let i = 0; i < 30; i += 1) {
      const ok = await app.inject({ url: '/v1/verify/x', headers: json });
      expect(ok.statusCode).toBe(200);
    }
    const refused = await app.inject({ url: '/v1/verify/x', headers: json });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.json()).toEqual({
      error: 'rate-limited',
      message: expect.stringMatching(/^Terlalu banyak pemeriksaan dari alamat ini\. Coba lagi/),
    });
    const elsewhere = await app.inject({ url: '/v1/verify/x', remoteAddress: '10.0.0.7' });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('takes its limit from the deps, and refuses a browser with a small page', async () => {
    const { db } = await openTestServer(kind);
    const app = Fastify();
    registerVerifyRoutes(app, { db, verifyRateLimit: { max: 2, timeWindowMs: 60_000 } });
    try {
      for (let i = 0; i < 2; i += 1) {
        expect((await app.inject({ url: '/v1/verify/x' })).statusCode).toBe(200);
      }
      const refused = await app.inject({ url: '/v1/verify/x', headers: browser });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(refused.headers['content-security-policy']).toBe(csp);
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.body).toContain('<h1>Terlalu banyak pemeriksaan</h1>');
      expect(refused.body).toContain('Coba lagi dalam 60 detik.');
    } finally {
      await app.close();
    }
  });
});
