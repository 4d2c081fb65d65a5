import { z } from 'zod';

const indonesianErrors = z.locales.id().localeError;

/**
 * Parses with zod's Indonesian messages; on failure, one line naming each field
 * (`keys.0.keyId: ID kunci tidak sesuai dengan kunci publiknya.`). Never throws.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; details: string } {
  const parsed = schema.safeParse(input, { error: indonesianErrors });
  if (parsed.success) return { ok: true, value: parsed.data };
  const details = parsed.error.issues
    .map(({ path, message }) => (path.length > 0 ? `${path.join('.')}: ${message}` : message))
    .join(' ');
  return { ok: false, details };
}
