import { stepIds, type StepId } from './draft';
import { intakeLabels } from './labels';

export interface StepState {
  /** Errors shown for the step now. */
  errors: number;
  /** The clerk has been through it and nothing is wrong. */
  done: boolean;
  /** The standard does not ask for it and nothing was entered. */
  optional: boolean;
}

const labels = intakeLabels.stepState;

/** The wizard's steps down the left side; any step can be opened at any time. */
export function StepNav({
  current,
  states,
  onOpen,
}: {
  current: StepId;
  states: Record<StepId, StepState>;
  onOpen: (step: StepId) => void;
}) {
  return (
    <ol className="intake-stepper">
      {stepIds.map((step, index) => {
        const state = states[step];
        const status =
          step === current
            ? 'current'
            : state.errors > 0
              ? 'errors'
              : state.done
                ? 'done'
                : state.optional
                  ? 'optional'
                  : 'todo';
        const note =
          status === 'errors'
            ? labels.errors(state.errors)
            : status === 'done'
              ? labels.done
              : status === 'optional'
                ? labels.optional
                : status === 'current'
                  ? labels.current
                  : '';
        return (
          <li key={step}>
            <button
              type="button"
              className="intake-stepper__step"
              data-status={status}
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onOpen(step)}
            >
              <span className="intake-stepper__number" aria-hidden="true">
                {status === 'done' ? '✓' : status === 'errors' ? '!' : index + 1}
              </span>
              <span className="intake-stepper__text">
                <span className="intake-stepper__title">{intakeLabels.steps[step]}</span>
                {note ? <span className="intake-stepper__note">{note}</span> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
