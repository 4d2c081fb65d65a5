import type { TransitionResult, WorkflowError, WorkflowErrorCode } from './types';

/** A standard or track the workflow cannot be built from: a configuration error, so it throws. */
export class WorkflowDefinitionError extends Error {
  override name = 'WorkflowDefinitionError';
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const workflowError = (code: WorkflowErrorCode, message: string): WorkflowError => ({
  code,
  message,
});

export const refuse = (code: WorkflowErrorCode, message: string): TransitionResult => ({
  ok: false,
  error: workflowError(code, message),
});
