import { z } from 'zod';
import { defineCaseCommand } from './caseCommand';
import { applyEvent } from './caseUpdate';
import { caseIdShape } from './fields';

export const caseReferSchema = z.strictObject({
  ...caseIdShape,
  /** The agency; the published branch's own destination when left out. */
  referTo: z.string().trim().max(160).optional(),
  reason: z.string().trim().max(500).optional(),
});
export type CaseReferPayload = z.infer<typeof caseReferSchema>;

/** Sends the citizen to another agency where a published branch says so and the facts agree. */
export const caseRefer = defineCaseCommand({
  type: 'case.refer',
  schema: caseReferSchema,
  decide(env) {
    const { referTo, reason } = env.payload;
    return applyEvent(
      env,
      { type: 'refer', ...(referTo ? { referTo } : {}), ...(reason ? { reason } : {}) },
      { 'refer-to-required': 'referTo' },
    );
  },
});
