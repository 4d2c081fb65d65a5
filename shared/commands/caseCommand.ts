import type { z } from 'zod';
import type { CaseRecord, DocumentRecord } from '../cases/records';
import { todayIn } from '../dates/localDate';
import type { ServiceStandard } from '../standards/schema';
import type { Workflow } from '../workflow/types';
import { commandError, fail } from './errors';
import { commandMessages } from './messages';
import { parsePayload } from './parsePayload';
import { caseStandard } from './standardOf';
import type { CommandContext, CommandDefinition, CommandResult } from './types';

/** What a command on an existing case decides from: the case, its standard version and workflow. */
export interface CaseEnv<P> {
  payload: P;
  current: CaseRecord;
  documents: readonly DocumentRecord[];
  context: CommandContext;
  /** The version the case was opened under, never the one in force today. */
  standard: ServiceStandard;
  workflow: Workflow;
  /** The office-local date of `context.now` (`YYYY-MM-DD`). */
  today: string;
}

/**
 * A command on an existing case. Before `decide` runs, the payload is validated
 * again (so `run` never throws on bad input, whoever calls it), the case must
 * have been loaded (`case-not-found`), belong to the office in use
 * (`office-mismatch`) and its own standard version must be in the catalog.
 */
export function defineCaseCommand<P extends { caseId: string }>(spec: {
  type: string;
  schema: z.ZodType<P>;
  decide(env: CaseEnv<P>): CommandResult;
}): CommandDefinition<P> {
  return {
    type: spec.type,
    schema: spec.schema,
    needs: (payload) => ({ caseId: payload.caseId }),
    run(input, context) {
      const parsed = parsePayload(spec.schema, input.payload);
      if (!parsed.ok) return parsed;
      const { payload } = parsed;
      const current = input.current;
      if (!current || current.id !== payload.caseId) {
        return fail(commandError('case-not-found', commandMessages.caseNotFound, 'caseId'));
      }
      if (current.officeId !== context.office.id) {
        return fail(
          commandError(
            'office-mismatch',
            commandMessages.officeMismatch(current.officeId, context.office.id),
          ),
        );
      }
      const found = caseStandard(context.catalog, current);
      if (!found.ok) return fail(found.error);
      const documents = input.documents.filter((document) => document.caseId === current.id);
      return spec.decide({
        payload,
        current,
        documents,
        context,
        standard: found.standard,
        workflow: found.workflow,
        today: todayIn(context.office.timeZone, context.now),
      });
    },
  };
}
