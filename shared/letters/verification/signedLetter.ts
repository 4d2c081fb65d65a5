import { z } from 'zod';
import { claimSchema } from './claim';
import { base64urlBytesSchema } from './fields';
import { verificationMessages as m } from './messages';

/** What issuing a letter keeps (and the document prints): the claim, its signature, code and QR text. */
export const signedLetterSchema = z.strictObject({
  claim: claimSchema,
  /** Ed25519 signature over `signedMessage(claim)`, base64url. */
  signature: base64urlBytesSchema(64, m.signatureFormat),
  /** `XXXX-XXXX-XXXX`, see `letterCode.ts`. */
  code: z
    .string()
    .regex(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
      m.letterCodeFormat,
    ),
  qrText: z.string().min(1),
});
export type SignedLetter = z.infer<typeof signedLetterSchema>;
