import { z } from 'zod';
import type { StepKind } from '../standards/schema';
import { stationById } from '../workflow/derive';
import { workflowMessages } from '../workflow/messages';
import { defineCaseCommand } from './caseCommand';
import { applyEvent } from './caseUpdate';
import { commandError, fail, fromWorkflow, notOpen } from './errors';
import { caseIdShape, stationIdSchema } from './fields';
import { commandMessages } from './messages';
import type { CommandDefinition } from './types';

export const stationCommandSchema = z.strictObject({
  ...caseIdShape,
  /** The station the person saw on screen; it must still be the case's current station. */
  stationId: stationIdSchema,
});
export type StationCommandPayload = z.infer<typeof stationCommandSchema>;

/**
 * A command that finishes the current station when it is of one of `kinds`.
 * The named station must still be the current one: otherwise someone else has
 * moved the case meanwhile (`stale`), and a replayed command does nothing twice.
 * Roles, paraf positions and signers are the workflow engine's checks.
 */
export function defineStationCommand(
  type: string,
  kinds: readonly StepKind[],
  action: string,
): CommandDefinition<StationCommandPayload> {
  return defineCaseCommand({
    type,
    schema: stationCommandSchema,
    decide(env) {
      const state = env.current.workflow;
      const refused = notOpen(state);
      if (refused) return fail(fromWorkflow(refused));
      const station = stationById(env.workflow, state.stationId);
      if (!station) {
        return fail(
          commandError('unknown-station', workflowMessages.unknownStation(state.stationId ?? '')),
        );
      }
      if (station.id !== env.payload.stationId) {
        const expected = stationById(env.workflow, env.payload.stationId)?.label;
        return fail(
          commandError(
            'stale',
            commandMessages.stale(station.label, expected ?? env.payload.stationId),
            'stationId',
          ),
        );
      }
      if (!kinds.includes(station.kind)) {
        return fail(
          commandError(
            'wrong-station',
            commandMessages.wrongStation(action, station.label, station.kind),
            'stationId',
          ),
        );
      }
      return applyEvent(env, { type: 'complete' });
    },
  });
}
