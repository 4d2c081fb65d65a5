import type { Issue } from '../validate/types';
import { workflowError } from '../workflow/errors';
import { workflowMessages } from '../workflow/messages';
import { isTerminal } from '../workflow/transitions';
import type { CaseState, WorkflowError, WorkflowErrorCode } from '../workflow/types';
import type { CommandError, CommandResult } from './types';

export function commandError(code: string, message: string, field?: string): CommandError {
  return field === undefined ? { code, message } : { code, message, field };
}

export const fail = (...errors: CommandError[]): CommandResult => ({ ok: false, errors });

export const fromWorkflow = (error: WorkflowError, field?: string): CommandError =>
  commandError(error.code, error.message, field);

/** The engine's refusal as the command's result, placed on a payload field where `fields` names one. */
export const refusal = (
  error: WorkflowError,
  fields: Partial<Record<WorkflowErrorCode, string>> = {},
): CommandResult => fail(fromWorkflow(error, fields[error.code]));

export const fromIssue = (issue: Issue): CommandError =>
  commandError(issue.code, issue.message, issue.field);

/** The refusal to work on a case that is closed, or whose papers are with the citizen. */
export function notOpen(state: CaseState): WorkflowError | undefined {
  if (isTerminal(state.status)) {
    return workflowError('case-closed', workflowMessages.caseClosed(state.status));
  }
  if (state.status === 'returned')
    return workflowError('case-returned', workflowMessages.caseReturned);
  return undefined;
}

/** The refusal to change a closed case. */
export function closed(state: CaseState): WorkflowError | undefined {
  return isTerminal(state.status)
    ? workflowError('case-closed', workflowMessages.caseClosed(state.status))
    : undefined;
}
