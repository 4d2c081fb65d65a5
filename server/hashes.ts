import { createHash } from 'node:crypto';

/** SHA-256 of a secret as stored: enrolment codes and device tokens are kept only this way. */
export const secretHash = (secret: string): Buffer => createHash('sha256').update(secret).digest();
