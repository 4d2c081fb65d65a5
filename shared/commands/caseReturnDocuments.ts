import { z } from 'zod';
import type { DocumentRecord } from '../cases/records';
import { defineCaseCommand } from './caseCommand';
import { advance, caseUpdated } from './caseUpdate';
import { refusal } from './errors';
import { caseIdShape } from './fields';

export const caseReturnDocumentsSchema = z.strictObject({
  ...caseIdShape,
  /** Requirement ids of the papers the citizen must complete. */
  missing: z.array(z.string().min(1)).min(1),
  note: z.string().trim().max(500).optional(),
});
export type CaseReturnDocumentsPayload = z.infer<typeof caseReturnDocumentsSchema>;

/**
 * Gives incomplete papers back to the citizen (the workflow's `returnPapers`):
 * the case waits for the citizen and the named papers are marked returned.
 */
export const caseReturnDocuments = defineCaseCommand({
  type: 'case.returnDocuments',
  schema: caseReturnDocumentsSchema,
  decide(env) {
    const { missing, note } = env.payload;
    const result = advance(env, env.current.workflow, {
      type: 'returnPapers',
      missing: [...new Set(missing)],
      ...(note ? { note } : {}),
    });
    if (!result.ok) {
      return refusal(result.error, {
        'missing-required': 'missing',
        'unknown-requirement': 'missing',
      });
    }
    const at = env.context.now.toISOString();
    const returned = env.documents
      .filter((document) => missing.includes(document.requirementId))
      .map((document): DocumentRecord => ({ ...document, status: 'returned', updatedAt: at }));
    return caseUpdated(env, { workflow: result.state }, { documents: returned });
  },
});
