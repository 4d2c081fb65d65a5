// Which commands a draft becomes, in order, and where each command's errors show on the form.
import type { IntakeDraft } from './draft';
import { errorsOf, issuesAt, type FieldIssue } from './fieldIssue';
import {
  bpjsStatusPayload,
  checkDocumentsPayload,
  reasonPayload,
  registerPayload,
  registryCheckPayload,
  returnDocumentsPayload,
  type CaseIds,
} from './payloads';
import type { DraftReview } from './reviewDraft';
import { bpjsFilled, reasonFilled, registryFilled } from './sections';

export interface PlannedCommand {
  type: string;
  payload: unknown;
  /** The draft field a command error's `field` belongs to; undefined when it names none. */
  fieldOf: (field: string) => string | undefined;
}

/** `register` on a case that is complete, `return` when its papers go back to the citizen. */
export type SubmitMode = 'register' | 'return';

const under = (prefix: string, replacement: string) => (field: string) =>
  field === prefix || field.startsWith(`${prefix}.`)
    ? replacement + field.slice(prefix.length)
    : undefined;

/** Register errors name payload paths; the draft keeps the subject in the applicant when self. */
function registerField(draft: IntakeDraft) {
  return (field: string): string | undefined => {
    const [root] = field.split('.');
    if (root === 'subject') {
      if (field === 'subject' || field === 'subjectId') return 'subject.name';
      if (draft.relationship === 'self') return `applicant${field.slice('subject'.length)}`;
      if (draft.subjectSameAddress && field.startsWith('subject.address')) {
        return `applicant${field.slice('subject'.length)}`;
      }
      return field;
    }
    if (['applicant', 'serviceCode', 'trackId', 'priority', 'relationship'].includes(root ?? '')) {
      return field;
    }
    return undefined;
  };
}

const reasonField = (field: string) =>
  field === 'reason.faskes' ? 'reason.faskes.name' : under('reason', 'reason')(field);

export function submissionPlan(
  draft: IntakeDraft,
  review: DraftReview,
  ids: CaseIds,
  officeId: string,
  mode: SubmitMode,
): PlannedCommand[] {
  const { profile } = review;
  if (!profile) return [];
  const { caseId } = ids;
  const checklist = checkDocumentsPayload(draft, profile, caseId);
  const plan: PlannedCommand[] = [
    {
      type: 'case.register',
      payload: registerPayload(draft, ids, officeId, profile.newborn),
      fieldOf: registerField(draft),
    },
    {
      type: 'case.checkDocuments',
      payload: checklist,
      fieldOf: (field) => {
        const index = /^documents\.(\d+)/.exec(field)?.[1];
        const paper = index === undefined ? undefined : checklist.documents[Number(index)];
        return paper ? `papers.${paper.requirementId}` : under('documents', 'papers')(field);
      },
    },
  ];
  // When papers go back, only what is filled and right is recorded now; the rest waits.
  const include = (root: string, filled: boolean, required: boolean) =>
    mode === 'register'
      ? filled || required
      : filled && errorsOf(issuesAt(review.issues, root)).length === 0;
  if (include('registry', registryFilled(draft), profile.registryRequired)) {
    plan.push({
      type: 'case.recordRegistryCheck',
      payload: registryCheckPayload(draft, caseId),
      fieldOf: under('check', 'registry'),
    });
  }
  if (include('bpjs', bpjsFilled(draft), profile.bpjsRequired)) {
    plan.push({
      type: 'case.recordBpjsStatus',
      payload: bpjsStatusPayload(draft, caseId),
      fieldOf: under('status', 'bpjs'),
    });
  }
  const faskesRequired = profile.faskesPaper?.mandatory === true;
  if (include('reason', reasonFilled(draft), faskesRequired)) {
    plan.push({
      type: 'case.recordReason',
      payload: reasonPayload(draft, caseId),
      fieldOf: reasonField,
    });
  }
  if (mode === 'return') {
    plan.push({
      type: 'case.returnDocuments',
      payload: returnDocumentsPayload(review.missing, caseId),
      fieldOf: under('missing', 'papers'),
    });
  }
  return plan;
}

/** Command errors as issues on draft fields; those naming no field stay general (`''`). */
export function placeErrors(
  command: PlannedCommand,
  errors: ReadonlyArray<{ message: string; field?: string }>,
): FieldIssue[] {
  return errors.map((error) => ({
    field: (error.field === undefined ? undefined : command.fieldOf(error.field)) ?? '',
    severity: 'error',
    message: error.message,
  }));
}
