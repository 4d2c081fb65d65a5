// Field schemas shared by keys, claims and stored letters.
import { z } from 'zod';
import { decodeBase64url } from './base64url';
import { verificationMessages as m } from './messages';

/** Same rule as the catalog's office id. */
export const officeIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9-]*$/, m.officeIdFormat);

/** 8 Crockford base32 characters: the first 40 bits of sha256(public key). */
export const keyIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{8}$/, m.keyIdFormat);

/** Canonical unpadded base64url of exactly `length` bytes. */
export const base64urlBytesSchema = (length: number, message: string) =>
  z.string().refine((text) => decodeBase64url(text)?.length === length, message);

export const instantSchema = z.iso.datetime({ offset: true });
