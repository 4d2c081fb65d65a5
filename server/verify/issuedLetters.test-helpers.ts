// Letters issued the way the push endpoint stores them: a real office key in office_keys and a
// really signed letter in letter_numbers, written with SQL.
import { randomUUID } from 'node:crypto';
import { generateOfficeKey, type OfficeKey } from '../../shared/letters/verification/keys';
import { signLetter } from '../../shared/letters/verification/signLetter';
import type { SignedLetter } from '../../shared/letters/verification/signedLetter';
import { verificationMessages } from '../../shared/letters/verification/messages';
import { subjectHash } from '../../shared/letters/verification/subjectHash';
import type { Sql } from '../db/database';

export const citizen = { nik: '7302014501900001', name: 'Siti Nurhaliza' };

/** A revoked key is also retired, so an office can have a current key beside it. */
export async function addOfficeKey(
  db: Sql,
  officeId: string,
  options: { revokedAt?: string } = {},
): Promise<OfficeKey> {
  const key = generateOfficeKey(officeId, new Date('2026-01-05T01:00:00Z'));
  await db.query(
    `INSERT INTO office_keys (office_id, key_id, public_key, secret_key, created_at, revoked_at, retired_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    [officeId, key.keyId, key.publicKey, key.secretKey, key.createdAt, options.revokedAt ?? null],
  );
  return key;
}

export async function issueLetter(
  db: Sql,
  key: OfficeKey,
  options: { letterNumber?: string; issuedOn?: string; subjectName?: string } = {},
): Promise<SignedLetter> {
  const {
    letterNumber = '400.9.11/0123/Dinsos/2026',
    issuedOn = '2026-11-23',
    subjectName = citizen.name,
  } = options;
  const { officeId } = key;
  const signed = signLetter(
    {
      officeId,
      letterNumber,
      issuedOn,
      subjectHash: subjectHash({ officeId, letterNumber, nik: citizen.nik, name: subjectName }),
    },
    key,
  );
  if (!signed.ok) throw new Error(signed.error.message);
  await db.query(
    `INSERT INTO letter_numbers (office_id, number, letter_id, case_id, code, issued_on, signed, subject_name, op_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
    [
      officeId,
      letterNumber,
      randomUUID(),
      randomUUID(),
      signed.value.code,
      issuedOn,
      JSON.stringify(signed.value),
      subjectName,
      randomUUID(),
    ],
  );
  return signed.value;
}

/** What the verification answers for the default letter of `issueLetter` in office A. */
export const genuineAnswer = (letter: SignedLetter) => ({
  status: 'genuine',
  code: 'genuine',
  message: verificationMessages.genuine(letter.claim),
  letter: {
    number: '400.9.11/0123/Dinsos/2026',
    officeId: 'dinsos-bulukumba',
    officeName: 'Dinas Sosial Kabupaten Bulukumba',
    issuedOn: '2026-11-23',
    subjectName: 'S*** N********',
  },
});
