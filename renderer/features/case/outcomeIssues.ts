// The BPJS/Dinkes answer as typed in its dialog, checked before the command sees it.
import { validateBpjsCardNumber } from '../../../shared/validate';
import { workflowMessages } from '../../../shared/workflow';
import { dateMessage, dateProblem, isoOf } from '../../components/form/typedDate';
import { caseLabels } from './labels';
import type { DialogIssue } from './useDialogCheck';

export interface OutcomeDraft {
  kind: 'accepted' | 'rejected';
  cardNumber: string;
  /** As typed, day first. */
  activeFrom: string;
  reason: string;
}

export function outcomeIssues(draft: OutcomeDraft): DialogIssue[] {
  if (draft.kind === 'rejected') {
    return draft.reason.trim() === ''
      ? [
          {
            field: 'outcome.reason',
            severity: 'error',
            message: workflowMessages.reasonRequired.rejected,
            missing: true,
          },
        ]
      : [];
  }
  const card = validateBpjsCardNumber(draft.cardNumber, { field: 'outcome.cardNumber' });
  const issues: DialogIssue[] = card.issues.map((issue) => ({
    field: issue.field,
    severity: issue.severity,
    message: issue.message,
    missing: issue.code.endsWith('.required'),
  }));
  // A card may be active from a date still to come (the first of next month).
  const problem = dateProblem(draft.activeFrom, { required: true });
  if (problem) {
    issues.push({
      field: 'outcome.activeFrom',
      severity: 'error',
      message: dateMessage(problem, caseLabels.outcome.activeFrom),
      missing: problem === 'empty',
    });
  }
  return issues;
}

/** The command's outcome; the card number without the spaces it is often written with. */
export function outcomePayload(draft: OutcomeDraft) {
  return draft.kind === 'rejected'
    ? { kind: draft.kind, reason: draft.reason.trim() }
    : {
        kind: draft.kind,
        cardNumber: draft.cardNumber.replace(/\s/g, ''),
        activeFrom: isoOf(draft.activeFrom) ?? draft.activeFrom,
      };
}
