import type { CaseFacts } from '../standards/conditions';
import { evaluateEligibility } from '../standards/eligibility';
import type { ServiceStandard } from '../standards/schema';
import { commandError } from './errors';
import type { CommandError } from './types';

/**
 * The standard's eligibility rules the recorded facts break, as warnings: the
 * office decides (decline, refer), the command only says what the rules say.
 */
export function eligibilityWarnings(
  standard: ServiceStandard,
  trackId: string,
  facts: CaseFacts,
): CommandError[] {
  return evaluateEligibility(standard, trackId, facts)
    .filter((finding) => finding.result === 'notMet')
    .map((finding) => commandError(`eligibility.${finding.code}`, finding.message));
}
