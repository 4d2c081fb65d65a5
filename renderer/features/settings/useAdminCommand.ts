import { useCallback } from 'react';
import type { CommandError } from '../../../shared/commands/types';
import { executeCommand, type ExecuteResult } from '../../db/executeCommand';
import { counterDb } from '../case/counterDb';
import { useCommandContext } from '../case/useCommandContext';
import { settingsLabels } from './labels';

/**
 * Runs an account or office-profile command as the signed-in admin, with its outbox and
 * audit rows. Resolves the refusal when there is no session to act for.
 */
export function useAdminCommand(): (type: string, payload: unknown) => Promise<ExecuteResult> {
  const contextFor = useCommandContext();
  return useCallback(
    async (type, payload) => {
      const context = contextFor();
      if (!context) {
        const error: CommandError = { code: 'no-session', message: settingsLabels.noSession };
        return { ok: false, errors: [error], warnings: [] };
      }
      return executeCommand(counterDb(), type, payload, context);
    },
    [contextFor],
  );
}

/** The refusal of a command as one line for the form. */
export const refusalText = (result: ExecuteResult): string =>
  result.errors.map((error) => error.message).join(' ');
