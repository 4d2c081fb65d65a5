import { z } from 'zod';
import { defineCaseCommand } from './caseCommand';
import { applyEvent } from './caseUpdate';
import { caseIdShape } from './fields';

export const caseCancelSchema = z.strictObject({
  ...caseIdShape,
  reason: z.string().trim().max(500).optional(),
});
export type CaseCancelPayload = z.infer<typeof caseCancelSchema>;

/** The citizen withdraws the request. */
export const caseCancel = defineCaseCommand({
  type: 'case.cancel',
  schema: caseCancelSchema,
  decide: (env) =>
    applyEvent(env, {
      type: 'cancel',
      ...(env.payload.reason ? { reason: env.payload.reason } : {}),
    }),
});
