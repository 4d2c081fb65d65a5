import { z } from 'zod';
import { officeProfileSchema, type OfficeProfile } from './profile';

const indonesianErrors = z.locales.id().localeError;

/** One problem, at a dotted path such as `contacts.2.value` or `signers.0.nip`. */
export interface ProfileIssue {
  path: string;
  message: string;
}

export type ProfileResult =
  { ok: true; profile: OfficeProfile } | { ok: false; issues: ProfileIssue[] };

/** Validates a profile from a form or from storage; every message is Indonesian. Never throws. */
export function parseProfile(input: unknown): ProfileResult {
  const parsed = officeProfileSchema.safeParse(input, { error: indonesianErrors });
  if (parsed.success) return { ok: true, profile: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
