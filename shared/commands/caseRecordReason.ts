import { z } from 'zod';
import { reasonSchema } from '../cases/records';
import { eventRoles, requireRole } from '../workflow/roles';
import { defineCaseCommand } from './caseCommand';
import { caseUpdated } from './caseUpdate';
import { closed, fail, fromWorkflow } from './errors';
import { caseIdShape } from './fields';
import { commandMessages } from './messages';
import { cleanReason, reasonErrors } from './reasonRules';

export const caseRecordReasonSchema = z.strictObject({
  ...caseIdShape,
  reason: reasonSchema,
});
export type CaseRecordReasonPayload = z.infer<typeof caseRecordReasonSchema>;

/**
 * Records why coverage is needed (illness, emergency, childbirth …) and its
 * evidence. Where the case's standard asks for the faskes statement (Permensos
 * 3/2026), the faskes name and its letter number are required.
 */
export const caseRecordReason = defineCaseCommand({
  type: 'case.recordReason',
  schema: caseRecordReasonSchema,
  decide(env) {
    const denied =
      closed(env.current.workflow) ??
      requireRole(env.context.actor, eventRoles.recordFacts, commandMessages.actions.recordReason);
    if (denied) return fail(fromWorkflow(denied));
    const reason = cleanReason(env.payload.reason);
    const errors = reasonErrors(reason, env.standard, env.current.trackId, env.today);
    if (errors.length > 0) return fail(...errors);
    return caseUpdated(env, { reason });
  },
});
