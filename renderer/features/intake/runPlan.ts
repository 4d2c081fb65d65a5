// Runs the planned commands one after another through the executor, skipping those a
// previous attempt already ran, and stops at the first refusal.
import type { CommandError } from '../../../shared/commands/types';
import type { FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';
import { placeErrors, type PlannedCommand } from './submissionPlan';

/** What the executor answers: errors and warnings in Indonesian, with their payload fields. */
export interface Executed {
  ok: boolean;
  errors: readonly CommandError[];
  warnings: readonly CommandError[];
}

export type Execute = (type: string, payload: unknown) => Promise<Executed>;

/**
 * A command and its exact payload (FNV-1a of the JSON): a retry skips a command only when it
 * would send the same thing again; a checklist changed since then is sent anew.
 */
export function commandKey(command: Pick<PlannedCommand, 'type' | 'payload'>): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(command.payload)) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return `${command.type}:${hash.toString(16).padStart(8, '0')}`;
}

/** Whether a key of `done` is of this command type. */
export const isDone = (done: readonly string[], type: string) =>
  done.some((key) => key.startsWith(`${type}:`));

export type PlanOutcome =
  | { ok: true; done: string[]; warnings: CommandError[] }
  | { ok: false; done: string[]; failed: string; issues: FieldIssue[] };

export async function runPlan(
  plan: readonly PlannedCommand[],
  execute: Execute,
  alreadyDone: readonly string[],
  onDone: (done: string[]) => void,
): Promise<PlanOutcome> {
  const done = [...alreadyDone];
  const warnings: CommandError[] = [];
  for (const command of plan) {
    const key = commandKey(command);
    if (done.includes(key)) continue;
    let result: Executed;
    try {
      result = await execute(command.type, command.payload);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const message = intakeLabels.summary.storageFailed(detail);
      return {
        ok: false,
        done,
        failed: command.type,
        issues: [{ field: '', severity: 'error', message }],
      };
    }
    if (!result.ok) {
      return { ok: false, done, failed: command.type, issues: placeErrors(command, result.errors) };
    }
    warnings.push(...result.warnings);
    done.push(key);
    onDone([...done]);
  }
  return { ok: true, done, warnings };
}
