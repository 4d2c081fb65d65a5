// Which issues the wizard shows now, and the state of each step in the step list. Pure.
import { stepIds, type IntakeDraft, type StepId } from './draft';
import { errorsOf, stepOfField, type FieldIssue } from './fieldIssue';
import { bpjsFilled, registryFilled } from './sections';
import type { TrackProfile } from './trackProfile';
import type { StepState } from './StepNav';

/**
 * Mistakes in what was typed show at once; an empty required field only once the clerk has
 * been through its step (or reached the summary), so a fresh form is not a wall of red.
 */
export function visibleIssues(draft: IntakeDraft, issues: readonly FieldIssue[]): FieldIssue[] {
  const checkedAll = draft.step === 'summary' || draft.visited.includes('summary');
  return issues.filter(
    (issue) => !issue.missing || checkedAll || draft.visited.includes(stepOfField(issue.field)),
  );
}

export function stepStates(
  draft: IntakeDraft,
  shown: readonly FieldIssue[],
  profile: TrackProfile | undefined,
): Record<StepId, StepState> {
  const errors = errorsOf(shown);
  const optional: Partial<Record<StepId, boolean>> = {
    registry: profile !== undefined && !profile.registryRequired && !registryFilled(draft),
    bpjs: profile !== undefined && !profile.bpjsRequired && !bpjsFilled(draft),
  };
  const entries = stepIds.map((step): [StepId, StepState] => {
    const count = errors.filter((issue) => stepOfField(issue.field) === step).length;
    return [
      step,
      {
        errors: count,
        done: draft.visited.includes(step) && count === 0 && step !== 'summary',
        optional: optional[step] ?? false,
      },
    ];
  });
  return Object.fromEntries(entries) as Record<StepId, StepState>;
}
