import { z } from 'zod';
import { defineCaseCommand } from './caseCommand';
import { applyEvent } from './caseUpdate';
import { caseIdShape, textSchema } from './fields';

export const caseSendBackSchema = z.strictObject({ ...caseIdShape, reason: textSchema(500) });
export type CaseSendBackPayload = z.infer<typeof caseSendBackSchema>;

/**
 * A reviewer or the signer sends the draft back to the drafting station with a
 * reason; every paraf of the round is void.
 */
export const caseSendBack = defineCaseCommand({
  type: 'case.sendBack',
  schema: caseSendBackSchema,
  decide: (env) =>
    applyEvent(
      env,
      { type: 'sendBack', reason: env.payload.reason },
      { 'reason-required': 'reason' },
    ),
});
