import { z } from 'zod';
import { checkKeepsAdmin } from '../users/admins';
import { userRecordSchema } from '../users/user';
import { defineAccountCommand } from './accountCommand';
import { commandError, fail } from './errors';
import { commandMessages } from './messages';

export const userCreateSchema = z.strictObject({ user: userRecordSchema });
export type UserCreatePayload = z.infer<typeof userCreateSchema>;

/**
 * A new staff account, its PIN already hashed (PBKDF2) by the form. The op carries the
 * hash, never the PIN, so the account can sign in on every counter of the office. On a
 * new device the first account is set-up's own admin, created by that admin.
 */
export const userCreate = defineAccountCommand({
  type: 'user.create',
  schema: userCreateSchema,
  bootstrap: ({ user }, context) => user.id === context.actor.userId,
  decide({ payload: { user }, users }) {
    if (users.some((existing) => existing.id === user.id)) {
      return fail(commandError('user-id-taken', commandMessages.accounts.idTaken, 'user.id'));
    }
    if (users.length === 0 && !user.roles.includes('admin')) {
      return fail(
        commandError('first-user-admin', commandMessages.accounts.firstMustBeAdmin, 'user.roles'),
      );
    }
    const refused = checkKeepsAdmin([...users, user], user);
    if (refused) return fail(commandError('last-admin', refused, 'user.roles'));
    return { ok: true, changes: { users: [user] }, warnings: [] };
  },
});
