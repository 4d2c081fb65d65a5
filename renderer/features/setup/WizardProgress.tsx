import { setupLabels } from './labels';
import { setupSteps, type SetupStep } from './setupDraft';

/** The steps of the first start, the current one marked. */
export function WizardProgress({ current }: { current: SetupStep }) {
  const index = setupSteps.indexOf(current);
  return (
    <ol className="wizard-progress" aria-label={setupLabels.progressLabel}>
      {setupSteps.map((step, i) => (
        <li
          key={step}
          className={`wizard-progress__step${i < index ? ' wizard-progress__step--done' : ''}`}
          aria-current={step === current ? 'step' : undefined}
        >
          <span className="wizard-progress__number" aria-hidden="true">
            {i + 1}
          </span>
          <span className="wizard-progress__label">{setupLabels.steps[step]}</span>
        </li>
      ))}
    </ol>
  );
}
