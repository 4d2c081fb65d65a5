import type { CaseRecord, DocumentRecord } from '../cases/records';
import { withIndexFields } from '../cases/indexFields';
import { applyTransition } from '../workflow/transitions';
import type {
  CaseState,
  TransitionResult,
  WorkflowErrorCode,
  WorkflowEvent,
} from '../workflow/types';
import type { CaseEnv } from './caseCommand';
import { refusal } from './errors';
import type { CommandError, CommandResult } from './types';

type Scope = Omit<CaseEnv<unknown>, 'payload'>;

/** One workflow transition by the acting person, at the command's instant. */
export function advance(env: Scope, state: CaseState, event: WorkflowEvent): TransitionResult {
  return applyTransition(env.workflow, state, event, env.context.actor, env.context.now);
}

/** The case with the patch applied and its worklist fields recomputed. */
function savedCase(env: Scope, patch: Partial<CaseRecord>): CaseRecord {
  return withIndexFields(
    { ...env.current, ...patch },
    {
      standard: env.standard,
      workflow: env.workflow,
      office: env.context.office,
      now: env.context.now,
      ...(env.context.holidays ? { holidays: env.context.holidays } : {}),
    },
  );
}

/** A successful command: the case updated, plus any documents it changed. */
export function caseUpdated(
  env: Scope,
  patch: Partial<CaseRecord>,
  extra: { documents?: DocumentRecord[]; warnings?: CommandError[] } = {},
): CommandResult {
  return {
    ok: true,
    caseId: env.current.id,
    changes: {
      cases: [savedCase(env, patch)],
      ...(extra.documents && extra.documents.length > 0 ? { documents: extra.documents } : {}),
    },
    warnings: extra.warnings ?? [],
  };
}

/**
 * Applies one workflow event to the case and saves it. An engine refusal becomes
 * the command's error, placed on a payload field where `fields` names one.
 */
export function applyEvent(
  env: Scope,
  event: WorkflowEvent,
  fields: Partial<Record<WorkflowErrorCode, string>> = {},
): CommandResult {
  const result = advance(env, env.current.workflow, event);
  if (!result.ok) return refusal(result.error, fields);
  return caseUpdated(env, { workflow: result.state });
}
