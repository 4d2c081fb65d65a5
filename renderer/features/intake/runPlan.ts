// Runs the planned commands through the executor as one unit: all of them land, or none
// does and the first refusal is shown on the draft's fields.
import type { CommandError } from '../../../shared/commands/types';
import type { CommandCall, ExecuteAllResult } from '../../db/executeAll';
import type { FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';
import { placeErrors, type PlannedCommand } from './submissionPlan';

/** Runs calls in one transaction (the counter's `executeAll`, or a stand-in in tests). */
export type ExecutePlan = (calls: readonly CommandCall[]) => Promise<ExecuteAllResult>;

export type PlanOutcome =
  | { ok: true; warnings: CommandError[] }
  /** `failed`: the refused command; absent when storage itself failed. */
  | { ok: false; failed?: string; issues: FieldIssue[] };

export async function runPlan(
  plan: readonly PlannedCommand[],
  execute: ExecutePlan,
): Promise<PlanOutcome> {
  let result: ExecuteAllResult;
  try {
    result = await execute(plan.map(({ type, payload }) => ({ type, payload })));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = intakeLabels.summary.storageFailed(detail);
    return { ok: false, issues: [{ field: '', severity: 'error', message }] };
  }
  if (result.ok) return { ok: true, warnings: result.warnings };
  const command = plan[result.index];
  return {
    ok: false,
    failed: result.failed.type,
    issues: command
      ? placeErrors(command, result.errors)
      : result.errors.map((error) => ({ field: '', severity: 'error', message: error.message })),
  };
}
