import type { CaseFacts } from '../standards/conditions';
import { stationById } from '../workflow/derive';
import { applyTransition, startCase } from '../workflow/transitions';
import type { Actor, TransitionResult, Workflow } from '../workflow/types';

/**
 * Opens a case at the counter. The citizen's own leading steps (coming to the
 * office with the papers) happen the moment the clerk opens the case, so they are
 * completed at once, recorded by the clerk.
 */
export function openCase(
  workflow: Workflow,
  actor: Actor,
  now: Date,
  facts: CaseFacts,
): TransitionResult {
  let result = startCase(workflow, actor, now, facts);
  while (result.ok) {
    const station = stationById(workflow, result.state.stationId);
    if (station?.kind !== 'arrive' || station.actor !== 'citizen') break;
    result = applyTransition(workflow, result.state, { type: 'complete' }, actor, now);
  }
  return result;
}
