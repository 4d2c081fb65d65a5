import type { z } from 'zod';

/**
 * Structured outcomes of the numbering module. Callers switch on `code`; the
 * `message` (Bahasa Indonesia, from `messages.ts`) is what a person sees.
 */

export type TemplateErrorCode =
  | 'template-required'
  | 'template-unknown-placeholder'
  | 'template-missing-seq'
  | 'template-unbalanced-brace'
  | 'template-duplicate-placeholder'
  | 'template-adjacent-placeholders';

export type NumberingErrorCode =
  | TemplateErrorCode
  | 'template-needs-year'
  | 'service-code-missing'
  | 'service-code-invalid'
  | 'letter-number-mismatch'
  | 'numbers-exhausted';

export type NumberingError = {
  code: NumberingErrorCode;
  message: string;
};

export type NumberingResult<T> = { ok: true; value: T } | { ok: false; error: NumberingError };

export const success = <T>(value: T): NumberingResult<T> => ({ ok: true, value });

export const failure = <T>(code: NumberingErrorCode, message: string): NumberingResult<T> => ({
  ok: false,
  error: { code, message },
});

/** Parses data that should already be valid; throws one plain Indonesian message otherwise. */
export const parseOrThrow = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(parsed.error.issues.map(({ message }) => message).join(' '));
  return parsed.data;
};
