import { z } from 'zod';
import { commandError } from './errors';
import { payloadMessages } from './messages';
import type { CommandError } from './types';

const localeErrors = z.locales.id().localeError;

/** Plain sentences for what a clerk meets most (an empty or too long field); zod's Indonesian locale for the rest. */
const indonesianErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return payloadMessages.required;
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
    return payloadMessages.required;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return payloadMessages.tooLong(Number(issue.maximum));
  }
  return localeErrors(issue);
};

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
