// `POST /v1/enroll`: a counter trades the office admin's one-time code for its device id and
// token. The shapes both sides check, and the error codes the server answers with.
import { z } from 'zod';

/** `ABCD-EFGH-JKMN`: 12 characters of Crockford base 32 in three groups, as the admin reads it out. */
export const enrolmentCodePattern =
  /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** As typed: lower case, spaces and missing dashes forgiven. */
export const normalizeEnrolmentCode = (typed: string): string => {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '');
  return plain.length === 12
    ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`
    : plain;
};

/** The sync server's address as the desktop's enrolment form takes it: an http(s) URL. */
export const serverUrlSchema = z.url({ protocol: /^https?$/ }).max(500);

export const enrollRequestSchema = z.strictObject({
  code: z
    .string()
    .max(40)
    .transform(normalizeEnrolmentCode)
    .pipe(z.string().regex(enrolmentCodePattern)),
  /** What the office calls this laptop ("Loket 1 SLRT"). */
  label: z.string().trim().min(1).max(100),
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export interface EnrollResponse {
  deviceId: string;
  officeId: string;
  /** Sent once; the server keeps only its SHA-256. */
  token: string;
}

export type EnrollErrorCode = 'malformed' | 'unknown-code' | 'code-used' | 'code-expired';
