import { z } from 'zod';
import { defineCaseCommand } from './caseCommand';
import { applyEvent } from './caseUpdate';
import { caseIdShape, textSchema } from './fields';

export const caseDeclineSchema = z.strictObject({ ...caseIdShape, reason: textSchema(500) });
export type CaseDeclinePayload = z.infer<typeof caseDeclineSchema>;

/** The office finds the person not eligible, with the reason; possible until the letter is signed. */
export const caseDecline = defineCaseCommand({
  type: 'case.decline',
  schema: caseDeclineSchema,
  decide: (env) =>
    applyEvent(
      env,
      { type: 'decline', reason: env.payload.reason },
      { 'reason-required': 'reason' },
    ),
});
