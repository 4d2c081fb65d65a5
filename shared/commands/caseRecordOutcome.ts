import { z } from 'zod';
import { isoDateSchema } from '../standards/schema';
import { validateBpjsCardNumber } from '../validate/bpjs';
import type { Outcome } from '../workflow/types';
import { defineCaseCommand } from './caseCommand';
import { applyEvent } from './caseUpdate';
import { fail, fromIssue } from './errors';
import { caseIdShape, textSchema } from './fields';

export const outcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('accepted'),
    cardNumber: z.string(),
    /** The date coverage starts. */
    activeFrom: isoDateSchema,
  }),
  z.strictObject({ kind: z.literal('rejected'), reason: textSchema(500) }),
]) satisfies z.ZodType<Outcome>;

export const caseRecordOutcomeSchema = z.strictObject({ ...caseIdShape, outcome: outcomeSchema });
export type CaseRecordOutcomePayload = z.infer<typeof caseRecordOutcomeSchema>;

/**
 * The answer of BPJS Kesehatan or Dinkes: accepted with the card number and the
 * date coverage starts, or rejected with the reason. Closes the case.
 */
export const caseRecordOutcome = defineCaseCommand({
  type: 'case.recordOutcome',
  schema: caseRecordOutcomeSchema,
  decide(env) {
    const { outcome } = env.payload;
    if (outcome.kind === 'rejected') {
      return applyEvent(
        env,
        { type: 'recordOutcome', outcome },
        { 'reason-required': 'outcome.reason' },
      );
    }
    const card = validateBpjsCardNumber(outcome.cardNumber, { field: 'outcome.cardNumber' });
    if (!card.ok) return fail(...card.issues.map(fromIssue));
    return applyEvent(env, {
      type: 'recordOutcome',
      outcome: { ...outcome, cardNumber: card.value },
    });
  },
});
