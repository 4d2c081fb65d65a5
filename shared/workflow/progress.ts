import { evaluateCondition } from '../standards/conditions';
import { branchesTo, decideBranch, missingFacts } from './branches';
import { stationIndex } from './derive';
import { refuse } from './errors';
import { workflowMessages } from './messages';
import {
  cleanReason,
  currentStation,
  isStation,
  record,
  type StateChanges,
  type TransitionContext,
} from './record';
import { eventRoles, positionUsed, requireRole, requireStationActor } from './roles';
import type { EventOf, TransitionResult } from './types';

/** Finishes the current station and moves to the next, unless a published branch says otherwise. */
export function complete(ctx: TransitionContext, event: EventOf<'complete'>): TransitionResult {
  const station = currentStation(ctx);
  if (!isStation(station)) return station;
  const denied = requireStationActor(ctx.workflow, station, ctx.actor);
  if (denied) return { ok: false, error: denied };
  const decision = decideBranch(station, ctx.state.facts);
  if (decision.kind === 'unknown')
    return refuse('fact-missing', workflowMessages.factMissing(decision.facts));
  if (decision.kind === 'take') {
    const { branch } = decision;
    const message =
      branch.then === 'refer'
        ? workflowMessages.branchApplies.refer(branch.label, branch.referTo)
        : workflowMessages.branchApplies.returnPapers(branch.label);
    return refuse('branch-applies', message);
  }
  const next = ctx.workflow.stations[stationIndex(ctx.workflow, station.id) + 1];
  if (!next) return refuse('outcome-required', workflowMessages.outcomeRequired(station.label));
  const position = positionUsed(station, ctx.actor);
  const changes: StateChanges = { stationId: next.id };
  if (station.parafSlot && position) {
    changes.parafs = [
      ...ctx.state.parafs,
      { stationId: station.id, position, userId: ctx.actor.userId, at: ctx.at },
    ];
  }
  if (station.kind === 'sign') {
    changes.signed = {
      stationId: station.id,
      userId: ctx.actor.userId,
      at: ctx.at,
      ...(position ? { position } : {}),
    };
  }
  return record(ctx, event, changes, position ? { position } : {});
}

/**
 * Gives incomplete papers back to the citizen. Allowed at a paper check or where
 * the standard publishes a return branch; the missing requirements are named.
 */
export function returnPapers(
  ctx: TransitionContext,
  event: EventOf<'returnPapers'>,
): TransitionResult {
  const station = currentStation(ctx);
  if (!isStation(station)) return station;
  if (station.kind !== 'checkPapers' && branchesTo(station, 'returnPapers').length === 0) {
    return refuse('return-not-allowed', workflowMessages.returnNotAllowed(station.label));
  }
  const denied = requireStationActor(ctx.workflow, station, ctx.actor);
  if (denied) return { ok: false, error: denied };
  if (event.missing.length === 0)
    return refuse('missing-required', workflowMessages.missingRequired);
  const unknown = event.missing.filter((id) => !ctx.workflow.requirementIds.includes(id));
  if (unknown.length > 0)
    return refuse('unknown-requirement', workflowMessages.unknownRequirement(unknown));
  return record(ctx, event, {
    status: 'returned',
    returned: { stationId: station.id, missing: [...event.missing], at: ctx.at },
    facts: { ...ctx.state.facts, 'papers.complete': false },
  });
}

/**
 * The citizen brings the completed papers back: the case reopens at the station
 * that returned them, and the papers must be checked again (the recorded
 * completeness is forgotten). The loop can repeat as often as needed.
 */
export function resubmit(ctx: TransitionContext, event: EventOf<'resubmit'>): TransitionResult {
  const { returned, ...rest } = ctx.state;
  if (rest.status !== 'returned' || !returned) {
    return refuse('case-not-returned', workflowMessages.caseNotReturned);
  }
  const denied = requireRole(ctx.actor, eventRoles.resubmit, workflowMessages.actionNames.resubmit);
  if (denied) return { ok: false, error: denied };
  const facts = { ...rest.facts };
  delete facts['papers.complete'];
  return record({ ...ctx, state: rest }, event, {
    status: 'open',
    stationId: returned.stationId,
    facts,
  });
}

/** Sends the citizen to another agency where a published branch says so and the facts agree. */
export function refer(ctx: TransitionContext, event: EventOf<'refer'>): TransitionResult {
  const station = currentStation(ctx);
  if (!isStation(station)) return station;
  const candidates = branchesTo(station, 'refer');
  const first = candidates[0];
  if (!first) return refuse('refer-not-allowed', workflowMessages.referNotAllowed(station.label));
  const denied = requireStationActor(ctx.workflow, station, ctx.actor);
  if (denied) return { ok: false, error: denied };
  const facts = ctx.state.facts;
  const branch = candidates.find((candidate) => evaluateCondition(candidate.when, facts) === true);
  if (!branch) {
    const unknown = [
      ...new Set(candidates.flatMap((candidate) => missingFacts(candidate.when, facts))),
    ];
    if (unknown.length > 0) return refuse('fact-missing', workflowMessages.factMissing(unknown));
    return refuse('branch-not-met', workflowMessages.branchNotMet(first.label));
  }
  const referTo = cleanReason(event.referTo) ?? branch.referTo;
  if (!referTo) return refuse('refer-to-required', workflowMessages.referToRequired);
  const reason = cleanReason(event.reason);
  return record(
    ctx,
    event,
    {
      status: 'referred',
      referral: { referTo, branch: branch.label, ...(reason ? { reason } : {}) },
    },
    { details: { referTo, branch: branch.label } },
  );
}

/**
 * A reviewer or the signer sends the draft back to the drafting station with a
 * reason. Every paraf of the round is void: the chain starts again.
 */
export function sendBack(ctx: TransitionContext, event: EventOf<'sendBack'>): TransitionResult {
  const station = currentStation(ctx);
  if (!isStation(station)) return station;
  if (station.kind !== 'paraf' && station.kind !== 'sign') {
    return refuse('send-back-not-allowed', workflowMessages.sendBackNotAllowed(station.label));
  }
  const denied = requireStationActor(ctx.workflow, station, ctx.actor);
  if (denied) return { ok: false, error: denied };
  const reason = cleanReason(event.reason);
  if (!reason) return refuse('reason-required', workflowMessages.reasonRequired.sendBack);
  const draft = ctx.workflow.stations
    .slice(0, stationIndex(ctx.workflow, station.id))
    .findLast((candidate) => candidate.kind === 'draft');
  if (!draft) return refuse('no-draft-station', workflowMessages.noDraftStation);
  const position = positionUsed(station, ctx.actor);
  return record(
    ctx,
    { ...event, reason },
    { stationId: draft.id, parafs: [] },
    position ? { position } : {},
  );
}
