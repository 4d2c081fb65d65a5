import type { z } from 'zod';
import type { UserRecord } from '../users/user';
import { commandError, fail } from './errors';
import { commandMessages } from './messages';
import { parsePayload } from './parsePayload';
import type { CommandContext, CommandDefinition, CommandResult } from './types';

/** What an account or office-profile command decides from. */
export interface AccountEnv<P> {
  payload: P;
  /** Every staff account of the office, as loaded inside the command's transaction. */
  users: readonly UserRecord[];
  context: CommandContext;
  /** `context.now` as stored on records. */
  stamp: string;
}

/**
 * A command on the office's accounts or profile: admin work. The payload is validated
 * again, the accounts must have been loaded, and the actor must hold the admin role;
 * the very first account of a new office is the one exception (`bootstrap`), so set-up
 * can create its admin through the same command.
 */
export function defineAccountCommand<P>(spec: {
  type: string;
  schema: z.ZodType<P>;
  /** Whether the command may run with no accounts yet, by the account it creates. */
  bootstrap?: (payload: P, context: CommandContext) => boolean;
  decide(env: AccountEnv<P>): CommandResult;
}): CommandDefinition<P> {
  return {
    type: spec.type,
    schema: spec.schema,
    needs: () => ({ users: true }),
    run(input, context) {
      const parsed = parsePayload(spec.schema, input.payload);
      if (!parsed.ok) return parsed;
      const { users } = input;
      if (users === undefined) {
        return fail(commandError('users-not-loaded', commandMessages.accounts.notLoaded));
      }
      const bootstrapping =
        users.length === 0 && (spec.bootstrap?.(parsed.payload, context) ?? false);
      if (!bootstrapping && !context.actor.roles.includes('admin')) {
        return fail(commandError('role-required', commandMessages.accounts.adminOnly));
      }
      return spec.decide({
        payload: parsed.payload,
        users,
        context,
        stamp: context.now.toISOString(),
      });
    },
  };
}

/** The account a command names, or the refusal that it does not exist. */
export function findAccount(
  users: readonly UserRecord[],
  userId: string,
): { ok: true; user: UserRecord } | { ok: false; result: CommandResult } {
  const user = users.find((candidate) => candidate.id === userId);
  return user
    ? { ok: true, user }
    : {
        ok: false,
        result: fail(commandError('user-not-found', commandMessages.accounts.notFound, 'userId')),
      };
}
