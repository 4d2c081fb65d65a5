import { z } from 'zod';
import { signerSchema } from '../office/profile';
import { isoDateSchema, letterKindSchema } from '../standards/schema';
import { signedLetterSchema } from '../letters/verification/signedLetter';

/** The issued PDF: stored once, content-addressed; a re-print reads these bytes. */
export const letterPdfSchema = z.strictObject({
  /** Lower-case hex sha256 of the bytes; also the `blobs` id. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive().max(20_000_000),
});
export type LetterPdf = z.infer<typeof letterPdfSchema>;

/**
 * A letter the office issued for a case: number, date, addressee, signer, the signed
 * verification claim and the hash of the frozen PDF. Written by `letter.issue`, never changed.
 */
export const letterRecordSchema = z.strictObject({
  id: z.uuid(),
  officeId: z.string().min(1),
  caseId: z.uuid(),
  kind: letterKindSchema,
  number: z.string().min(1).max(80),
  /** The sequence number of the device's block the number was made from. */
  seq: z.number().int().positive(),
  issuedOn: isoDateSchema,
  issuedAt: z.iso.datetime({ offset: true }),
  issuedBy: z.string().min(1),
  addressee: z.string().min(1).max(200),
  /** The perihal printed on the letter. */
  subject: z.string().min(1).max(200),
  signer: signerSchema,
  verification: signedLetterSchema,
  pdf: letterPdfSchema,
});
export type LetterRecord = z.infer<typeof letterRecordSchema>;
