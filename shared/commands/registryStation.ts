import { decideBranch } from '../workflow/branches';
import { stationById } from '../workflow/derive';
import { workflowMessages } from '../workflow/messages';
import type { CaseState, TransitionResult } from '../workflow/types';
import type { CaseEnv } from './caseCommand';
import { advance } from './caseUpdate';
import { commandError } from './errors';
import type { CommandError } from './types';

export type Settled = { result: TransitionResult; warnings: CommandError[] };

/**
 * After a registry or BPJS check is recorded: a case standing at a registry
 * check station moves on once that station's check is known and sends nowhere
 * else. A station with published branches is known when its branches can be
 * decided (Solok: the family's scheme, whether the data match); one without
 * branches when the registry check itself was recorded. A branch that diverts
 * (refer) or a fact still missing leaves the case there, with a warning saying why.
 */
export function settleRegistryStation(
  env: Omit<CaseEnv<unknown>, 'payload'>,
  state: CaseState,
  registryRecorded: boolean,
): Settled {
  const unchanged: Settled = { result: { ok: true, state }, warnings: [] };
  const station = state.status === 'open' ? stationById(env.workflow, state.stationId) : undefined;
  if (station?.kind !== 'registryCheck') return unchanged;
  const diverting = (station.branches ?? []).some((branch) => branch.then !== 'continue');
  if (!diverting && !registryRecorded) return unchanged;
  const decision = decideBranch(station, state.facts);
  switch (decision.kind) {
    case 'take': {
      const { branch } = decision;
      const message =
        branch.then === 'refer'
          ? workflowMessages.branchApplies.refer(branch.label, branch.referTo)
          : workflowMessages.branchApplies.returnPapers(branch.label);
      return { ...unchanged, warnings: [commandError('branch-applies', message)] };
    }
    case 'unknown':
      return {
        ...unchanged,
        warnings: [commandError('fact-missing', workflowMessages.factMissing(decision.facts))],
      };
    case 'proceed':
      return { result: advance(env, state, { type: 'complete' }), warnings: [] };
  }
}
