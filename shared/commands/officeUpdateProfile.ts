import { z } from 'zod';
import { officeProfileSchema } from '../office/profile';
import { defineAccountCommand } from './accountCommand';
import { commandError, fail } from './errors';
import { commandMessages } from './messages';

export const officeUpdateProfileSchema = z.strictObject({ profile: officeProfileSchema });
export type OfficeUpdateProfilePayload = z.infer<typeof officeUpdateProfileSchema>;

/**
 * The office profile in force from now on: kop, signers, paraf posts, paper, numbering,
 * services offered. It stays the office in use, and offers only services its standards
 * in the catalog publish.
 */
export const officeUpdateProfile = defineAccountCommand({
  type: 'office.updateProfile',
  schema: officeUpdateProfileSchema,
  bootstrap: () => true,
  decide({ payload: { profile }, context }) {
    if (profile.id !== context.office.id) {
      return fail(
        commandError(
          'office-mismatch',
          commandMessages.profile.otherOffice(profile.id, context.office.id),
          'profile.id',
        ),
      );
    }
    const pack = context.catalog.packs.find((candidate) => candidate.office.id === profile.id);
    const published = new Set(pack?.standards.map((standard) => standard.serviceCode));
    const unknown = profile.serviceCodes.findIndex((code) => !published.has(code));
    if (unknown !== -1) {
      return fail(
        commandError(
          'unknown-service',
          commandMessages.profile.unknownService(profile.serviceCodes[unknown] ?? ''),
          `profile.serviceCodes.${unknown}`,
        ),
      );
    }
    return { ok: true, changes: { officeProfile: profile }, warnings: [] };
  },
});
