import { messagesAt, type PlacedMessage } from '../../components/form/fieldMessage';
import type { StepId } from './draft';

/** A problem with one field of the draft, by its path (`applicant.nik`, `papers.fotokopiKk`). */
export interface FieldIssue extends PlacedMessage {
  /** Something not filled in yet: shown once the clerk has been through the step, not before. */
  missing?: boolean;
}

/** A required field left empty. */
export const missingValue = (field: string, message: string): FieldIssue => ({
  field,
  severity: 'error',
  message,
  missing: true,
});

const stepByRoot: Record<string, StepId> = {
  serviceCode: 'service',
  trackId: 'service',
  priority: 'service',
  relationship: 'persons',
  applicant: 'persons',
  subject: 'persons',
  papers: 'papers',
  registry: 'registry',
  bpjs: 'bpjs',
  reason: 'reason',
};

/** The wizard step that shows a field; the summary for anything else. */
export function stepOfField(field: string): StepId {
  return stepByRoot[field.split('.')[0] ?? ''] ?? 'summary';
}

export const errorsOf = (issues: readonly FieldIssue[]) =>
  issues.filter((issue) => issue.severity === 'error');

/** Issues of a field and of the fields under it (`applicant.address` → its village, street …). */
export const issuesAt = (issues: readonly FieldIssue[], field: string): FieldIssue[] =>
  messagesAt(issues, field);
