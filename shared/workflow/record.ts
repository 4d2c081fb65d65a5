import { stationById } from './derive';
import { refuse } from './errors';
import { workflowMessages } from './messages';
import type {
  Actor,
  CaseState,
  HistoryEntry,
  Station,
  TransitionResult,
  Workflow,
  WorkflowEvent,
} from './types';

/** Everything a transition handler reads; handlers never change any of it. */
export interface TransitionContext {
  workflow: Workflow;
  state: CaseState;
  actor: Actor;
  /** ISO instant of the transition. */
  at: string;
}

export type StateChanges = Partial<
  Omit<CaseState, 'history' | 'serviceCode' | 'version' | 'trackId'>
>;

/** The next state: the changes applied and the transition appended to the history. */
export function record(
  ctx: TransitionContext,
  event: WorkflowEvent,
  changes: StateChanges,
  extra: Pick<HistoryEntry, 'position' | 'details'> = {},
): TransitionResult {
  const next = { ...ctx.state, ...changes };
  const entry: HistoryEntry = {
    at: ctx.at,
    userId: ctx.actor.userId,
    event,
    from: { status: ctx.state.status, stationId: ctx.state.stationId },
    to: { status: next.status, stationId: next.stationId },
    ...extra,
  };
  return { ok: true, state: { ...next, history: [...ctx.state.history, entry] } };
}

/** The station an open case stands at, or the refusal to act on a case that is not open. */
export function currentStation(ctx: TransitionContext): Station | TransitionResult {
  if (ctx.state.status === 'returned')
    return refuse('case-returned', workflowMessages.caseReturned);
  const station = stationById(ctx.workflow, ctx.state.stationId);
  if (!station) {
    return refuse('unknown-station', workflowMessages.unknownStation(ctx.state.stationId ?? ''));
  }
  return station;
}

export function isStation(value: Station | TransitionResult): value is Station {
  return 'kind' in value;
}

/** A reason typed by a person, trimmed; undefined when blank. */
export function cleanReason(reason: string | undefined): string | undefined {
  const trimmed = reason?.trim();
  return trimmed ? trimmed : undefined;
}
