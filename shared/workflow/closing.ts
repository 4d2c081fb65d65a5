import { isoDateSchema } from '../standards/schema';
import { validateBpjsCardNumber } from '../validate/bpjs';
import { stationIndex } from './derive';
import { refuse } from './errors';
import { workflowMessages } from './messages';
import { cleanReason, currentStation, isStation, record, type TransitionContext } from './record';
import { eventRoles, requireRole } from './roles';
import type { EventOf, Outcome, TransitionResult } from './types';

/** Records facts of the case (registry check, family scheme, …) that branches and letters read. */
export function recordFacts(
  ctx: TransitionContext,
  event: EventOf<'recordFacts'>,
): TransitionResult {
  const denied = requireRole(
    ctx.actor,
    eventRoles.recordFacts,
    workflowMessages.actionNames.recordFacts,
  );
  if (denied) return { ok: false, error: denied };
  if (Object.keys(event.facts).length === 0)
    return refuse('facts-empty', workflowMessages.factsEmpty);
  return record(ctx, event, { facts: { ...ctx.state.facts, ...event.facts } });
}

/**
 * The office finds the person not eligible. Possible until the letter is
 * signed, and never once the case already waits for the BPJS/Dinkes answer.
 */
export function decline(ctx: TransitionContext, event: EventOf<'decline'>): TransitionResult {
  const denied = requireRole(ctx.actor, eventRoles.decline, workflowMessages.actionNames.decline);
  if (denied) return { ok: false, error: denied };
  const reason = cleanReason(event.reason);
  if (!reason) return refuse('reason-required', workflowMessages.reasonRequired.decline);
  if (ctx.state.signed) return refuse('already-signed', workflowMessages.alreadySigned);
  const station = ctx.workflow.stations[stationIndex(ctx.workflow, ctx.state.stationId)];
  if (ctx.state.status === 'open' && station?.kind === 'awaitOutcome') {
    return refuse('decline-too-late', workflowMessages.declineTooLate);
  }
  return record(ctx, { ...event, reason }, { status: 'declined', declineReason: reason });
}

/**
 * The answer of BPJS Kesehatan or Dinkes: accepted with the card number and the
 * date coverage starts, or rejected with the reason. Allowed at any station from
 * the first outcome wait on.
 */
export function recordOutcome(
  ctx: TransitionContext,
  event: EventOf<'recordOutcome'>,
): TransitionResult {
  const station = currentStation(ctx);
  if (!isStation(station)) return station;
  const firstWait = ctx.workflow.stations.findIndex(
    (candidate) => candidate.kind === 'awaitOutcome',
  );
  if (stationIndex(ctx.workflow, station.id) < firstWait) {
    return refuse('outcome-not-allowed', workflowMessages.outcomeNotAllowed(station.label));
  }
  const denied = requireRole(
    ctx.actor,
    eventRoles.recordOutcome,
    workflowMessages.actionNames.recordOutcome,
  );
  if (denied) return { ok: false, error: denied };
  const outcome = cleanOutcome(event.outcome);
  if (!('kind' in outcome)) return outcome;
  return record(ctx, { ...event, outcome }, { status: outcome.kind, outcome });
}

function cleanOutcome(outcome: Outcome): Outcome | TransitionResult {
  if (outcome.kind === 'rejected') {
    const reason = cleanReason(outcome.reason);
    if (!reason) return refuse('reason-required', workflowMessages.reasonRequired.rejected);
    return { kind: 'rejected', reason };
  }
  const card = validateBpjsCardNumber(outcome.cardNumber);
  if (!card.ok) return refuse('card-number-invalid', workflowMessages.cardNumberInvalid);
  if (!isoDateSchema.safeParse(outcome.activeFrom).success) {
    return refuse('date-invalid', workflowMessages.dateInvalid(outcome.activeFrom));
  }
  return { kind: 'accepted', cardNumber: card.value, activeFrom: outcome.activeFrom };
}

/** The citizen withdraws the request. */
export function cancel(ctx: TransitionContext, event: EventOf<'cancel'>): TransitionResult {
  const denied = requireRole(ctx.actor, eventRoles.cancel, workflowMessages.actionNames.cancel);
  if (denied) return { ok: false, error: denied };
  const reason = cleanReason(event.reason);
  return record(ctx, reason ? { ...event, reason } : { type: 'cancel' }, {
    status: 'cancelled',
    ...(reason ? { cancelReason: reason } : {}),
  });
}
