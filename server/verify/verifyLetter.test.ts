import { afterEach, describe, expect, it } from 'vitest';
import { verificationMessages } from '../../shared/letters/verification/messages';
import { backends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, officeB, openTestServer } from '../testServer.test-helpers';
import { addOfficeKey, citizen, genuineAnswer, issueLetter } from './issuedLetters.test-helpers';
import { verifyLetter } from './verifyLetter';

afterEach(closeTestServers);

describe.each(backends)('verifyLetter on %s', (kind) => {
  it('says genuine for an issued letter, however its code is typed, and masks the name', async () => {
    const { db } = await openTestServer(kind);
    const letter = await issueLetter(db, await addOfficeKey(db, officeA));
    const expected = genuineAnswer(letter);
    expect(await verifyLetter(db, letter.code)).toEqual(expected);
    const typed = letter.code.toLowerCase().replaceAll('-', '');
    expect(await verifyLetter(db, typed)).toEqual(expected);
    expect(JSON.stringify(expected)).not.toContain(citizen.nik);
  });

  it('says unknown for a mistyped code, with the shared message, and for a code never issued', async () => {
    const { db } = await openTestServer(kind);
    const letter = await issueLetter(db, await addOfficeKey(db, officeA));
    const last = letter.code.at(-1);
    const mistyped = letter.code.slice(0, -1) + (last === '0' ? '1' : '0');
    expect(await verifyLetter(db, mistyped)).toEqual({
      status: 'unknown',
      code: 'code-mistyped',
      message: verificationMessages.codeMistyped,
    });
    const other = await issueLetter(db, await addOfficeKey(db, officeB));
    await db.query('DELETE FROM letter_numbers WHERE code = $1', [other.code]);
    expect(await verifyLetter(db, other.code)).toEqual({
      status: 'unknown',
      code: 'letter-unknown',
      message: verificationMessages.letterUnknown(other.code),
    });
    expect(await verifyLetter(db, '')).toMatchObject({ status: 'unknown', code: 'code-empty' });
  });

  it('says altered when the stored claim was edited, or the record is no letter', async () => {
    const { db } = await openTestServer(kind);
    const letter = await issueLetter(db, await addOfficeKey(db, officeA));
    await db.query(
      `UPDATE letter_numbers SET signed = jsonb_set(signed, '{claim,letterNumber}', '"400.9.11/0999/Dinsos/2026"')`,
    );
    expect(await verifyLetter(db, letter.code)).toEqual({
      status: 'altered',
      code: 'signature-invalid',
      message: verificationMessages.signatureInvalid,
    });
    await db.query(`UPDATE letter_numbers SET signed = 'null'::jsonb`);
    expect(await verifyLetter(db, letter.code)).toMatchObject({
      status: 'altered',
      code: 'record-invalid',
    });
  });

  it('says revoked when the key was revoked on or before the letter date, still showing it', async () => {
    const { db } = await openTestServer(kind);
    const key = await addOfficeKey(db, officeA, { revokedAt: '2026-11-20T08:00:00+07:00' });
    const letter = await issueLetter(db, key);
    expect(await verifyLetter(db, letter.code)).toMatchObject({
      status: 'revoked',
      code: 'key-revoked',
      message: verificationMessages.keyRevoked(letter.claim, '2026-11-20'),
      letter: { number: letter.claim.letterNumber, subjectName: 'S*** N********' },
    });
    const older = await issueLetter(db, key, {
      letterNumber: '400.9.11/0100/Dinsos/2026',
      issuedOn: '2026-11-19',
    });
    expect((await verifyLetter(db, older.code)).status).toBe('genuine');
  });

  it('reads a revocation at the office’s date, not a day late in UTC', async () => {
    const { db } = await openTestServer(kind);
    // 05:00 WIB on 23 November is still 22 November in UTC.
    const key = await addOfficeKey(db, officeA, { revokedAt: '2026-11-23T05:00:00+07:00' });
    const letter = await issueLetter(db, key, { issuedOn: '2026-11-22' });
    expect((await verifyLetter(db, letter.code)).status).toBe('genuine');
  });

  it('finds a letter of any office by its code, judged by that office’s keys only', async () => {
    const { db } = await openTestServer(kind);
    await issueLetter(db, await addOfficeKey(db, officeA));
    const solok = await issueLetter(db, await addOfficeKey(db, officeB), {
      letterNumber: '460/0042/Dinsos-Solok/2026',
      subjectName: 'I Made Wirawan',
    });
    expect(await verifyLetter(db, solok.code)).toMatchObject({
      status: 'genuine',
      letter: {
        number: '460/0042/Dinsos-Solok/2026',
        officeId: officeB,
        officeName: 'Dinas Sosial Kota Solok',
        subjectName: 'I M*** W******',
      },
    });
    await db.query('DELETE FROM office_keys WHERE office_id = $1', [officeB]);
    const keyless = await verifyLetter(db, solok.code);
    expect(keyless).toEqual({
      status: 'unknown',
      code: 'key-unknown',
      message: expect.stringMatching(/tidak terdaftar di server/),
    });
  });
});
