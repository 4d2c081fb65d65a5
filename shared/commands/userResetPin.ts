import { z } from 'zod';
import { unlocked } from '../users/lockout';
import { pinHashSchema } from '../users/pin';
import { defineAccountCommand, findAccount } from './accountCommand';

export const userResetPinSchema = z.strictObject({
  userId: z.string().min(1),
  pin: pinHashSchema,
});
export type UserResetPinPayload = z.infer<typeof userResetPinSchema>;

/** A new PIN (hashed by the form) also lifts a lockout: it is how an admin lets a clerk back in. */
export const userResetPin = defineAccountCommand({
  type: 'user.resetPin',
  schema: userResetPinSchema,
  decide({ payload, users, stamp }) {
    const found = findAccount(users, payload.userId);
    if (!found.ok) return found.result;
    return {
      ok: true,
      changes: { users: [{ ...found.user, pin: payload.pin, ...unlocked, updatedAt: stamp }] },
      warnings: [],
    };
  },
});
