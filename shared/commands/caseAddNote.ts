import { z } from 'zod';
import { requireRole } from '../workflow/roles';
import { defineCaseCommand } from './caseCommand';
import { caseUpdated } from './caseUpdate';
import { fail, fromWorkflow } from './errors';
import { caseIdShape, textSchema } from './fields';
import { commandMessages } from './messages';

export const caseAddNoteSchema = z.strictObject({ ...caseIdShape, text: textSchema(2000) });
export type CaseAddNotePayload = z.infer<typeof caseAddNoteSchema>;

/** Everyone who works cases may leave a note, also on a closed case. */
const noteRoles = ['fo', 'bo', 'reviewer', 'signer'] as const;

/** Appends a note to the case, with who wrote it and when. */
export const caseAddNote = defineCaseCommand({
  type: 'case.addNote',
  schema: caseAddNoteSchema,
  decide(env) {
    const { actor, now } = env.context;
    const denied = requireRole(actor, noteRoles, commandMessages.actions.addNote);
    if (denied) return fail(fromWorkflow(denied));
    const note = { at: now.toISOString(), userId: actor.userId, text: env.payload.text };
    return caseUpdated(env, { notes: [...env.current.notes, note] });
  },
});
