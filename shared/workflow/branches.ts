import {
  evaluateCondition,
  type CaseFacts,
  type Condition,
  type FactName,
} from '../standards/conditions';
import type { Branch, Station } from './types';

/** The facts a condition reads that the case has not recorded yet, each named once. */
export function missingFacts(condition: Condition, facts: CaseFacts): FactName[] {
  const names = new Set<FactName>();
  collect(condition, names);
  return [...names].filter((name) => facts[name] === undefined);
}

function collect(condition: Condition, names: Set<FactName>): void {
  if ('all' in condition) condition.all.forEach((inner) => collect(inner, names));
  else if ('any' in condition) condition.any.forEach((inner) => collect(inner, names));
  else if ('not' in condition) collect(condition.not, names);
  else names.add(condition.fact);
}

export type BranchDecision =
  { kind: 'proceed' } | { kind: 'take'; branch: Branch } | { kind: 'unknown'; facts: FactName[] };

/**
 * Which published branch of a station the case's facts call for. A branch that
 * diverts the case (refer, return the papers) and holds must be taken; if none
 * holds but one cannot be decided yet, the missing facts must be recorded first.
 * `continue` branches only describe the normal path and never block it.
 */
export function decideBranch(station: Station, facts: CaseFacts): BranchDecision {
  const diverting = (station.branches ?? []).filter((branch) => branch.then !== 'continue');
  const taken = diverting.find((branch) => evaluateCondition(branch.when, facts) === true);
  if (taken) return { kind: 'take', branch: taken };
  const unknown = diverting
    .filter((branch) => evaluateCondition(branch.when, facts) === undefined)
    .flatMap((branch) => missingFacts(branch.when, facts));
  if (unknown.length > 0) return { kind: 'unknown', facts: [...new Set(unknown)] };
  return { kind: 'proceed' };
}

/** The station's branches that lead to a given action, in published order. */
export function branchesTo(station: Station, then: Branch['then']): Branch[] {
  return (station.branches ?? []).filter((branch) => branch.then === then);
}
