import type { CaseFacts } from '../standards/conditions';
import { refuse } from './errors';
import { workflowMessages } from './messages';
import { cancel, decline, recordFacts, recordOutcome } from './closing';
import { complete, refer, resubmit, returnPapers, sendBack } from './progress';
import type { TransitionContext } from './record';
import { requireRole } from './roles';
import {
  terminalStatuses,
  type Actor,
  type CaseState,
  type TerminalStatus,
  type TransitionResult,
  type Workflow,
  type WorkflowEvent,
} from './types';

/** Who may open a case: the counter staff who receive the citizen. */
export const openRoles = ['fo', 'bo'] as const;

/** Opens a case at the workflow's first station. `facts` are what is known at intake. */
export function startCase(
  workflow: Workflow,
  actor: Actor,
  now: Date,
  facts: CaseFacts = {},
): TransitionResult {
  const denied = requireRole(actor, openRoles, workflowMessages.actionNames.open);
  if (denied) return { ok: false, error: denied };
  const first = workflow.stations[0];
  if (!first) return refuse('unknown-station', workflowMessages.unknownStation(''));
  const at = toInstant(now);
  return {
    ok: true,
    state: {
      serviceCode: workflow.serviceCode,
      version: workflow.version,
      trackId: workflow.trackId,
      status: 'open',
      stationId: first.id,
      facts: { ...facts },
      parafs: [],
      history: [
        {
          at,
          userId: actor.userId,
          event: { type: 'open', facts: { ...facts } },
          from: { status: 'open', stationId: null },
          to: { status: 'open', stationId: first.id },
        },
      ],
    },
  };
}

/**
 * The one way a case changes. Pure: returns the next state, or an error with a
 * stable code and an Indonesian message; the given state is never modified.
 */
export function applyTransition(
  workflow: Workflow,
  state: CaseState,
  event: WorkflowEvent,
  actor: Actor,
  now: Date,
): TransitionResult {
  if (
    state.serviceCode !== workflow.serviceCode ||
    state.version !== workflow.version ||
    state.trackId !== workflow.trackId
  ) {
    return refuse(
      'workflow-mismatch',
      workflowMessages.workflowMismatch(
        `${state.serviceCode} v${state.version} (${state.trackId})`,
        `${workflow.serviceCode} v${workflow.version} (${workflow.trackId})`,
      ),
    );
  }
  if (isTerminal(state.status))
    return refuse('case-closed', workflowMessages.caseClosed(state.status));
  const ctx: TransitionContext = { workflow, state, actor, at: toInstant(now) };
  switch (event.type) {
    case 'complete':
      return complete(ctx, event);
    case 'recordFacts':
      return recordFacts(ctx, event);
    case 'returnPapers':
      return returnPapers(ctx, event);
    case 'resubmit':
      return resubmit(ctx, event);
    case 'refer':
      return refer(ctx, event);
    case 'sendBack':
      return sendBack(ctx, event);
    case 'decline':
      return decline(ctx, event);
    case 'recordOutcome':
      return recordOutcome(ctx, event);
    case 'cancel':
      return cancel(ctx, event);
  }
}

export function isTerminal(status: CaseState['status']): status is TerminalStatus {
  return terminalStatuses.some((terminal) => terminal === status);
}

function toInstant(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('transition time must be a valid Date');
  return now.toISOString();
}
