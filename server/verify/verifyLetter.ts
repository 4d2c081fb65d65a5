// The verdict on a typed letter code, from the server's registry of issued letters: the row is
// found by its code (codes are global, so any office's letter is found), and its stored claim and
// signature are re-checked against the keys of that row's office, as a device's `verifyCode`
// would. Knows nothing of HTTP.
import type { Keyring, KeyringEntry } from '../../shared/letters/verification/keys';
import { normalizeLetterCode } from '../../shared/letters/verification/letterCode';
import type { SignedLetter } from '../../shared/letters/verification/signedLetter';
import type { Verification } from '../../shared/letters/verification/verification';
import { verifyCode } from '../../shared/letters/verification/verifyCode';
import type { Sql } from '../db/database';
import { serverMessages as m } from '../messages';
import { maskName } from './maskName';

/** What the page may show of a letter whose signature holds. Never the NIK. */
export interface VerifiedLetter {
  number: string;
  officeId: string;
  officeName: string;
  issuedOn: string;
  /** Masked: "S*** N********". */
  subjectName: string;
}

/** The answer: the shared verdict, and what may be shown of the letter when its signature holds. */
export interface LetterVerdict {
  status: Verification['status'];
  code: Verification['code'];
  message: string;
  /** Only when genuine or revoked. */
  letter?: VerifiedLetter;
}

interface IssuedRow {
  office_id: string;
  office_name: string;
  signed: unknown;
  subject_name: string;
}

async function findIssued(db: Sql, code: string): Promise<IssuedRow | undefined> {
  const { rows } = await db.query<IssuedRow>(
    `SELECT l.office_id, o.name AS office_name, l.signed, l.subject_name
       FROM letter_numbers l JOIN offices o USING (office_id)
      WHERE l.code = $1
      ORDER BY l.office_id, l.number
      LIMIT 1`,
    [code],
  );
  return rows[0];
}

/**
 * An instant as the keyring writes it, at UTC+7 (WIB). Revocation counts from the calendar date
 * of `revokedAt`, and Indonesia's westernmost offset gives the earliest date any office could
 * mean by it: never a day late.
 */
const wibInstant = (instant: Date): string =>
  new Date(instant.getTime() + 7 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00');

/** The public keys of one office, current, rotated out and revoked. The secret key stays put. */
async function keyringOf(db: Sql, officeId: string): Promise<Keyring> {
  const { rows } = await db.query<{
    key_id: string;
    office_id: string;
    public_key: string;
    created_at: Date;
    revoked_at: Date | null;
  }>(
    `SELECT key_id, office_id, public_key, created_at, revoked_at
       FROM office_keys WHERE office_id = $1 ORDER BY created_at`,
    [officeId],
  );
  return {
    keys: rows.map((row): KeyringEntry => ({
      keyId: row.key_id,
      officeId: row.office_id,
      publicKey: row.public_key,
      createdAt: wibInstant(row.created_at),
      ...(row.revoked_at === null ? {} : { revokedAt: wibInstant(row.revoked_at) }),
    })),
  };
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Judges a code as a person typed it. Rejects only when the database does. */
export async function verifyLetter(db: Sql, typed: string): Promise<LetterVerdict> {
  const read = normalizeLetterCode(typed);
  const row = read.ok ? await findIssued(db, read.value) : undefined;
  const keyring = row === undefined ? { keys: [] } : await keyringOf(db, row.office_id);
  // verifyCode validates the stored record itself; it only needs an object to read.
  const stored = row === undefined ? undefined : isObject(row.signed) ? row.signed : {};
  const verification = await verifyCode(typed, () => stored as SignedLetter | undefined, keyring);
  // The shared text speaks of "this device's keyring"; here the keys are the server's.
  const message = verification.code === 'key-unknown' ? m.verify.keyUnknown : verification.message;
  const verdict = { status: verification.status, code: verification.code, message };
  if (!('claim' in verification) || row === undefined) return verdict;
  const { claim } = verification;
  return {
    ...verdict,
    letter: {
      number: claim.letterNumber,
      officeId: claim.officeId,
      officeName: row.office_name,
      issuedOn: claim.issuedOn,
      subjectName: maskName(row.subject_name),
    },
  };
}
