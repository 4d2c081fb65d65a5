import { z } from 'zod';
import { defineCaseCommand } from './caseCommand';
import { applyEvent } from './caseUpdate';
import { caseIdShape } from './fields';

export const caseResubmitSchema = z.strictObject(caseIdShape);
export type CaseResubmitPayload = z.infer<typeof caseResubmitSchema>;

/**
 * The citizen brings the completed papers back: the case reopens at the station
 * that returned them, where the papers are checked again.
 */
export const caseResubmit = defineCaseCommand({
  type: 'case.resubmit',
  schema: caseResubmitSchema,
  decide: (env) => applyEvent(env, { type: 'resubmit' }),
});
