import { z } from 'zod';
import { registryCheckSchema } from '../cases/records';
import type { CaseFacts } from '../standards/conditions';
import { defineCaseCommand } from './caseCommand';
import { advance, caseUpdated } from './caseUpdate';
import { eligibilityWarnings } from './eligibilityWarnings';
import { commandError, fail, refusal } from './errors';
import { caseIdShape } from './fields';
import { commandMessages } from './messages';
import { settleRegistryStation } from './registryStation';

export const caseRecordRegistryCheckSchema = z.strictObject({
  ...caseIdShape,
  check: registryCheckSchema,
});
export type CaseRecordRegistryCheckPayload = z.infer<typeof caseRecordRegistryCheckSchema>;

/**
 * Records the welfare-registry check (DTKS/DTSEN: listed, decile, whether the data
 * match) on the case and as facts, then completes the registry check station if
 * the case stands at one and no referral branch applies. Eligibility rules the
 * result breaks come back as warnings.
 */
export const caseRecordRegistryCheck = defineCaseCommand({
  type: 'case.recordRegistryCheck',
  schema: caseRecordRegistryCheckSchema,
  decide(env) {
    const { check } = env.payload;
    if (check.checkedOn > env.today) {
      return fail(
        commandError(
          'date-future',
          commandMessages.dateFuture(commandMessages.dateNames.checkedOn),
          'check.checkedOn',
        ),
      );
    }
    const facts: CaseFacts = {
      'registry.name': check.registry,
      'registry.listed': check.listed,
      ...(check.decile !== undefined ? { 'registry.decile': check.decile } : {}),
      ...(check.dataMatches !== undefined ? { 'registry.dataMatches': check.dataMatches } : {}),
    };
    const recorded = advance(env, env.current.workflow, { type: 'recordFacts', facts });
    if (!recorded.ok) return refusal(recorded.error);
    const settled = settleRegistryStation(env, recorded.state, true);
    if (!settled.result.ok) return refusal(settled.result.error);
    const state = settled.result.state;
    return caseUpdated(
      env,
      { workflow: state, registry: check },
      {
        warnings: [
          ...settled.warnings,
          ...eligibilityWarnings(env.standard, env.current.trackId, state.facts),
        ],
      },
    );
  },
});
