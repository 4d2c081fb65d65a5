import { z } from 'zod';
import { encodeUtf8 } from './utf8';
import { base64urlBytesSchema, keyIdSchema, officeIdSchema } from './fields';
import { dayNumberOf } from './issuedOn';
import { verificationMessages as m } from './messages';

export const CLAIM_VERSION = 1;
export const SUBJECT_HASH_BYTES = 16;
const LETTER_NUMBER_MAX_BYTES = 255;

const letterNumberSchema = z
  .string()
  .min(1, m.letterNumberLength)
  .max(80, m.letterNumberLength)
  .refine((text) => encodeUtf8(text).length <= LETTER_NUMBER_MAX_BYTES, m.letterNumberLength);

/**
 * What a letter's QR states and the office key signs: this office issued this number on this
 * date for the person whose `subjectHash` this is. Neither NIK nor name is in it.
 */
export const claimSchema = z.strictObject({
  v: z.literal(CLAIM_VERSION),
  officeId: officeIdSchema,
  keyId: keyIdSchema,
  letterNumber: letterNumberSchema,
  /** The date printed on the letter, `YYYY-MM-DD`. */
  issuedOn: z.string().refine((date) => dayNumberOf(date) !== undefined, m.issuedOnRange),
  /** See `subjectHash.ts`. */
  subjectHash: base64urlBytesSchema(SUBJECT_HASH_BYTES, m.subjectHashFormat),
});
export type Claim = z.infer<typeof claimSchema>;

/** The claim as the QR carries it: the office comes from the key that verifies it. */
export type ClaimBody = Omit<Claim, 'officeId'>;
