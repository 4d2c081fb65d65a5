/**
 * Outcomes of the helpers around verification (reading a typed code, signing, decoding an image,
 * importing keys). Callers switch on `code`; `message` (Bahasa Indonesia, from `messages.ts`) is
 * what a person sees. The verdict on a letter itself is a `Verification` (`verification.ts`).
 */
export type VerificationErrorCode =
  | 'code-empty'
  | 'code-characters'
  | 'code-length'
  | 'code-mistyped'
  | 'claim-invalid'
  | 'office-mismatch'
  | 'url-base-invalid'
  | 'keyring-invalid'
  | 'office-key-invalid'
  | 'image-invalid'
  | 'qr-not-found';

export type VerificationError<C extends VerificationErrorCode = VerificationErrorCode> = {
  code: C;
  message: string;
};

export type Result<T, C extends VerificationErrorCode = VerificationErrorCode> =
  { ok: true; value: T } | { ok: false; error: VerificationError<C> };

export const success = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const failure = <C extends VerificationErrorCode>(
  code: C,
  message: string,
): { ok: false; error: VerificationError<C> } => ({ ok: false, error: { code, message } });
