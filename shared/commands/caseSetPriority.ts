import { z } from 'zod';
import { prioritySchema } from '../cases/records';
import { eventRoles, requireRole } from '../workflow/roles';
import { defineCaseCommand } from './caseCommand';
import { caseUpdated } from './caseUpdate';
import { closed, fail, fromWorkflow } from './errors';
import { caseIdShape } from './fields';
import { commandMessages } from './messages';

export const caseSetPrioritySchema = z.strictObject({ ...caseIdShape, priority: prioritySchema });
export type CaseSetPriorityPayload = z.infer<typeof caseSetPrioritySchema>;

/** Puts an open case first in the worklists (emergency, childbirth, chronic illness) or back. */
export const caseSetPriority = defineCaseCommand({
  type: 'case.setPriority',
  schema: caseSetPrioritySchema,
  decide(env) {
    const denied =
      closed(env.current.workflow) ??
      requireRole(env.context.actor, eventRoles.recordFacts, commandMessages.actions.setPriority);
    if (denied) return fail(fromWorkflow(denied));
    return caseUpdated(env, { priority: env.payload.priority });
  },
});
