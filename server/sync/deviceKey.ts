// `POST /v1/keys`: the public half of a key a counter made itself, checked against its id.
import { z } from 'zod';
import { decodeBase64url } from '../../shared/letters/verification/base64url';
import {
  base64urlBytesSchema,
  instantSchema,
  keyIdSchema,
} from '../../shared/letters/verification/fields';
import { keyIdOf } from '../../shared/letters/verification/keys';
import { verificationMessages as m } from '../../shared/letters/verification/messages';

export const deviceKeySchema = z
  .strictObject({
    keyId: keyIdSchema,
    publicKey: base64urlBytesSchema(32, m.keyBytes),
    createdAt: instantSchema,
  })
  .refine(
    ({ keyId, publicKey }) => {
      const bytes = decodeBase64url(publicKey);
      return bytes !== undefined && keyIdOf(bytes) === keyId;
    },
    { message: m.keyIdMismatch, path: ['keyId'] },
  );
