// What the sync status says, from the runner's state and the outbox counts: one line and,
// when it matters, a warning. Kept apart from the component so it is tested as text.
import { syncLabels } from './labels';
import type { SyncView } from './syncSession';

const m = syncLabels.status;

/** A device clock further off than this is shown (the server still takes its ops). */
export const CLOCK_WARNING_MS = 5 * 60_000;

export interface SyncSummary {
  line: string;
  tone: 'quiet' | 'busy' | 'problem';
  /** The reason of a failed run, the next attempt, refused ops, a clock that is off. */
  warnings: string[];
}

/** Fewer letter numbers left than this is said early, while a link may still come. */
export const LOW_NUMBERS = 20;

export function syncSummary(view: SyncView): SyncSummary {
  const { enrolment, state, pending, rejected, numbersLeft } = view;
  if (!enrolment) return { line: m.notEnrolled, tone: 'quiet', warnings: [] };
  const warnings: string[] = [...view.numbersRefused];
  if (numbersLeft !== null && numbersLeft < LOW_NUMBERS) warnings.push(m.numbersLow(numbersLeft));
  if (state.failure && !state.running) {
    warnings.push(state.failure.message);
    if (state.nextAttemptAt) warnings.push(m.nextAttempt(state.nextAttemptAt));
  }
  if (rejected > 0) warnings.push(m.rejected(rejected));
  if (state.clockOffsetMs !== null && Math.abs(state.clockOffsetMs) > CLOCK_WARNING_MS) {
    warnings.push(m.clockOff(Math.round(Math.abs(state.clockOffsetMs) / 60_000)));
  }
  if (state.running) {
    const progress = state.progress;
    const line =
      progress?.phase === 'push'
        ? m.sending(progress.sent, progress.total)
        : progress?.phase === 'blobs'
          ? m.uploading(progress.sent, progress.total)
          : progress?.phase === 'pull'
            ? m.receiving(progress.records)
            : m.starting;
    return { line, tone: 'busy', warnings };
  }
  const last = state.lastSuccessAt ? m.lastSuccess(state.lastSuccessAt) : m.never;
  return {
    line: `${state.failure ? m.failed : last} · ${m.waiting(pending)}`,
    tone: state.failure || rejected > 0 ? 'problem' : 'quiet',
    warnings,
  };
}
