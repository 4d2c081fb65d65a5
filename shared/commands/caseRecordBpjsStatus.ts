import { z } from 'zod';
import { wholeMonthsBetween } from '../cases/dateSpans';
import { bpjsStatusSchema, type BpjsStatus } from '../cases/records';
import type { CaseFacts } from '../standards/conditions';
import { validateBpjsCardNumber } from '../validate/bpjs';
import { defineCaseCommand } from './caseCommand';
import { advance, caseUpdated } from './caseUpdate';
import { eligibilityWarnings } from './eligibilityWarnings';
import { commandError, fail, fromIssue, refusal } from './errors';
import { caseIdShape } from './fields';
import { commandMessages } from './messages';
import { settleRegistryStation } from './registryStation';
import type { CommandError } from './types';

export const caseRecordBpjsStatusSchema = z.strictObject({
  ...caseIdShape,
  status: bpjsStatusSchema,
});
export type CaseRecordBpjsStatusPayload = z.infer<typeof caseRecordBpjsStatusSchema>;

/**
 * Records the BPJS Kesehatan membership as the citizen's status statement shows
 * it: segment, active or not, since when (non-active months are counted to the
 * office-local today) and the family's scheme for newborn letters. A registry
 * check station that only waits for the family's scheme (Solok newborns) moves on.
 */
export const caseRecordBpjsStatus = defineCaseCommand({
  type: 'case.recordBpjsStatus',
  schema: caseRecordBpjsStatusSchema,
  decide(env) {
    const { status } = env.payload;
    const errors: CommandError[] = [];
    let cardNumber: string | undefined;
    if (status.cardNumber !== undefined && status.cardNumber.trim() !== '') {
      const card = validateBpjsCardNumber(status.cardNumber, { field: 'status.cardNumber' });
      errors.push(...card.issues.map(fromIssue));
      cardNumber = card.value;
    }
    if (status.since !== undefined && status.since > env.today) {
      errors.push(
        commandError(
          'date-future',
          commandMessages.dateFuture(commandMessages.dateNames.since),
          'status.since',
        ),
      );
    }
    if (errors.length > 0) return fail(...errors);
    const facts: CaseFacts = { 'bpjs.segment': status.segment, 'bpjs.status': status.status };
    if (status.status === 'nonActive' && status.since !== undefined) {
      facts['bpjs.nonActiveMonths'] = wholeMonthsBetween(status.since, env.today);
    }
    if (status.familyScheme !== undefined) facts['family.scheme'] = status.familyScheme;
    const recorded = advance(env, env.current.workflow, { type: 'recordFacts', facts });
    if (!recorded.ok) return refusal(recorded.error);
    const settled = settleRegistryStation(env, recorded.state, false);
    if (!settled.result.ok) return refusal(settled.result.error);
    const state = settled.result.state;
    const bpjs: BpjsStatus = {
      ...(cardNumber ? { cardNumber } : {}),
      segment: status.segment,
      status: status.status,
      ...(status.since ? { since: status.since } : {}),
      ...(status.familyScheme ? { familyScheme: status.familyScheme } : {}),
    };
    return caseUpdated(
      env,
      { workflow: state, bpjs },
      {
        warnings: [
          ...settled.warnings,
          ...eligibilityWarnings(env.standard, env.current.trackId, state.facts),
        ],
      },
    );
  },
});
