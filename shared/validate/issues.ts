import { messages } from './messages';
import type { Issue, IssueCode, IssueParams, Severity, ValidationResult } from './types';

function makeIssue<C extends IssueCode>(
  severity: Severity,
  field: string,
  code: C,
  params: IssueParams[C],
): Issue {
  const render: (...args: IssueParams[C]) => string = messages[code];
  return { field, code, severity, message: render(...params) };
}

export function error<C extends IssueCode>(field: string, code: C, ...params: IssueParams[C]) {
  return makeIssue('error', field, code, params);
}

export function warning<C extends IssueCode>(field: string, code: C, ...params: IssueParams[C]) {
  return makeIssue('warning', field, code, params);
}

/** Builds a result: `ok` with the value unless there is no value or an issue is an error. */
export function toResult<T>(value: T | undefined, issues: Issue[]): ValidationResult<T> {
  if (value === undefined || issues.some((issue) => issue.severity === 'error')) {
    return { ok: false, issues };
  }
  return { ok: true, value, issues };
}
