export type { Claim } from './claim';
export { claimSchema } from './claim';
export { decodeQrFromImage, type InversionAttempts, type RgbaImage } from './decodeQrFromImage';
export {
  generateOfficeKey,
  keyIdOf,
  keyringEntryOf,
  keyringEntrySchema,
  keyringSchema,
  officeKeySchema,
  parseKeyring,
  parseOfficeKey,
  type Keyring,
  type KeyringEntry,
  type OfficeKey,
} from './keys';
export { letterCodeOf, normalizeLetterCode } from './letterCode';
export { verificationMessages } from './messages';
export { qrMatrix, qrVersionOf } from './qrMatrix';
export { QR_PREFIX } from './qrText';
export type { Result, VerificationError, VerificationErrorCode } from './result';
export { signLetter, type LetterClaimInput, type SignOptions } from './signLetter';
export { signedLetterSchema, type SignedLetter } from './signedLetter';
export { matchesSubject, subjectHash, type SubjectInput } from './subjectHash';
export type { AlteredCode, UnknownCode, Verification } from './verification';
export { verifyCode, type LetterLookup } from './verifyCode';
export { verifyQrText } from './verifyQrText';
