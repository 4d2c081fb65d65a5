import { z } from 'zod';
import { documentId, missingPapers, paperOfType, paperRequirements } from '../cases/papers';
import type { DocumentRecord } from '../cases/records';
import type { CaseFacts } from '../standards/conditions';
import { stationById } from '../workflow/derive';
import type { CaseState, TransitionResult } from '../workflow/types';
import { defineCaseCommand, type CaseEnv } from './caseCommand';
import { advance, caseUpdated } from './caseUpdate';
import { commandError, fail, fromWorkflow, notOpen } from './errors';
import { blobIdSchema, caseIdShape } from './fields';
import { commandMessages } from './messages';
import type { CommandError } from './types';

export const caseCheckDocumentsSchema = z.strictObject({
  ...caseIdShape,
  documents: z
    .array(
      z.strictObject({
        requirementId: z.string().min(1),
        status: z.enum(['present', 'missing']),
        blobIds: z.array(blobIdSchema).default([]),
      }),
    )
    .min(1),
});
export type CaseCheckDocumentsPayload = z.infer<typeof caseCheckDocumentsSchema>;

/**
 * Records the paper checklist and whether every mandatory paper is present
 * (`papers.complete`, and `faskes.letterPresent` where the track asks for the
 * faskes statement). Completes the receiving station if the case stands there;
 * with complete papers it also completes the paper check. Incomplete papers
 * leave the case at the check: the clerk returns them to the citizen.
 */
export const caseCheckDocuments = defineCaseCommand({
  type: 'case.checkDocuments',
  schema: caseCheckDocumentsSchema,
  decide(env) {
    const refused = notOpen(env.current.workflow);
    if (refused) return fail(fromWorkflow(refused));
    const requirements = paperRequirements(env.standard, env.current.trackId);
    const errors = checklistErrors(
      env,
      requirements.map((requirement) => requirement.id),
    );
    if (errors.length > 0) return fail(...errors);

    const at = env.context.now.toISOString();
    const changed = env.payload.documents.map((entry): DocumentRecord => ({
      id: documentId(env.current.id, entry.requirementId),
      caseId: env.current.id,
      requirementId: entry.requirementId,
      status: entry.status,
      blobIds: entry.blobIds,
      updatedAt: at,
    }));
    const checklist = [
      ...env.documents.filter((document) => !changed.some((entry) => entry.id === document.id)),
      ...changed,
    ];
    const missing = missingPapers(requirements, checklist, env.current.workflow.facts);
    const facts: CaseFacts = { 'papers.complete': missing.length === 0 };
    const faskes = paperOfType(env.standard, env.current.trackId, 'keteranganFaskes');
    if (faskes) {
      facts['faskes.letterPresent'] = checklist.some(
        (document) => document.requirementId === faskes.id && document.status === 'present',
      );
    }
    const result = settle(env, facts, missing.length === 0);
    if (!result.ok) return fail(fromWorkflow(result.error));
    const warnings = missing.length
      ? [
          commandError(
            'papers-incomplete',
            commandMessages.papersIncomplete(missing.map((requirement) => requirement.label)),
          ),
        ]
      : [];
    return caseUpdated(env, { workflow: result.state }, { documents: changed, warnings });
  },
});

function checklistErrors(
  env: CaseEnv<CaseCheckDocumentsPayload>,
  paperIds: readonly string[],
): CommandError[] {
  const seen = new Set<string>();
  return env.payload.documents.flatMap(({ requirementId }, index) => {
    const field = `documents.${index}.requirementId`;
    if (!paperIds.includes(requirementId)) {
      return [commandError('unknown-requirement', commandMessages.notAPaper(requirementId), field)];
    }
    if (seen.has(requirementId)) {
      return [
        commandError(
          'duplicate-requirement',
          commandMessages.duplicateRequirement(requirementId),
          field,
        ),
      ];
    }
    seen.add(requirementId);
    return [];
  });
}

/** Records the facts, then moves past the receiving station and, with complete papers, the check. */
function settle(
  env: CaseEnv<CaseCheckDocumentsPayload>,
  facts: CaseFacts,
  complete: boolean,
): TransitionResult {
  let result = advance(env, env.current.workflow, { type: 'recordFacts', facts });
  if (result.ok && kindAt(env, result.state) === 'receive') {
    result = advance(env, result.state, { type: 'complete' });
  }
  if (result.ok && complete && kindAt(env, result.state) === 'checkPapers') {
    result = advance(env, result.state, { type: 'complete' });
  }
  return result;
}

const kindAt = (env: CaseEnv<unknown>, state: CaseState) =>
  stationById(env.workflow, state.stationId)?.kind;
