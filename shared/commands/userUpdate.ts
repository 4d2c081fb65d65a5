import { z } from 'zod';
import { checkKeepsAdmin } from '../users/admins';
import { userDetailsSchema, type UserRecord } from '../users/user';
import { defineAccountCommand, findAccount } from './accountCommand';
import { commandError, fail } from './errors';

export const userUpdateSchema = z.strictObject({
  userId: z.string().min(1),
  details: userDetailsSchema,
});
export type UserUpdatePayload = z.infer<typeof userUpdateSchema>;

/** New name, roles, posts, NIP or rank; never leaves the office without an active admin. */
export const userUpdate = defineAccountCommand({
  type: 'user.update',
  schema: userUpdateSchema,
  decide({ payload, users, stamp }) {
    const found = findAccount(users, payload.userId);
    if (!found.ok) return found.result;
    const { details } = payload;
    // NIP and rank are set even when absent: a former signer's are cleared.
    const updated: UserRecord = {
      ...found.user,
      ...details,
      nip: details.nip,
      rank: details.rank,
      updatedAt: stamp,
    };
    const refused = checkKeepsAdmin(users, updated);
    if (refused) return fail(commandError('last-admin', refused, 'details.roles'));
    return { ok: true, changes: { users: [updated] }, warnings: [] };
  },
});
