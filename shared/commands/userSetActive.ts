import { z } from 'zod';
import { checkKeepsAdmin } from '../users/admins';
import { defineAccountCommand, findAccount } from './accountCommand';
import { commandError, fail } from './errors';
import { commandMessages } from './messages';

export const userSetActiveSchema = z.strictObject({
  userId: z.string().min(1),
  active: z.boolean(),
});
export type UserSetActivePayload = z.infer<typeof userSetActiveSchema>;

/** Deactivates or reactivates; an admin cannot deactivate themselves or the last admin. */
export const userSetActive = defineAccountCommand({
  type: 'user.setActive',
  schema: userSetActiveSchema,
  decide({ payload, users, context, stamp }) {
    const found = findAccount(users, payload.userId);
    if (!found.ok) return found.result;
    if (found.user.active === payload.active) {
      return fail(commandError('unchanged', commandMessages.accounts.unchanged, 'active'));
    }
    if (!payload.active && payload.userId === context.actor.userId) {
      return fail(commandError('not-self', commandMessages.accounts.notSelf, 'active'));
    }
    const updated = { ...found.user, active: payload.active, updatedAt: stamp };
    const refused = checkKeepsAdmin(users, updated);
    if (refused) return fail(commandError('last-admin', refused, 'active'));
    return { ok: true, changes: { users: [updated] }, warnings: [] };
  },
});
