import { z } from 'zod';
import { commandError } from './errors';
import type { CommandError } from './types';

const indonesianErrors = z.locales.id().localeError;

export type ParsedPayload<P> = { ok: true; payload: P } | { ok: false; errors: CommandError[] };

/**
 * Validates a payload where trust ends. Each problem becomes an error with the
 * zod issue code (`payload.invalid_type`, …), the Indonesian message and the
 * dotted field path (`subject.nik`, `documents.0.status`). Never throws.
 */
export function parsePayload<P>(schema: z.ZodType<P>, payload: unknown): ParsedPayload<P> {
  const parsed = schema.safeParse(payload, { error: indonesianErrors });
  if (parsed.success) return { ok: true, payload: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) =>
      commandError(
        `payload.${issue.code}`,
        issue.message,
        issue.path.length > 0 ? issue.path.map(String).join('.') : undefined,
      ),
    ),
  };
}
