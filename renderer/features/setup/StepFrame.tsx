import { useEffect, useRef, type FormEvent, type ReactNode, type Ref } from 'react';
import { setupLabels } from './labels';

/**
 * One step of the wizard: its heading (focused when the step opens, for keyboard and
 * screen-reader users), its form, and Back / Next. Enter submits the step.
 */
export function StepFrame({
  heading,
  intro,
  onBack,
  onNext,
  nextLabel = setupLabels.next,
  busy = false,
  formRef,
  children,
}: {
  heading: string;
  intro?: string;
  onBack?: () => void;
  onNext: () => void;
  nextLabel?: string;
  busy?: boolean;
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onNext();
  };
  return (
    <form ref={formRef} className="wizard-step" onSubmit={submit} noValidate>
      <h2 ref={headingRef} className="wizard-step__heading" tabIndex={-1}>
        {heading}
      </h2>
      {intro ? <p className="wizard-step__intro">{intro}</p> : null}
      <div className="wizard-step__body">{children}</div>
      <div className="wizard-step__actions">
        {onBack ? (
          <button type="button" className="button button--secondary" onClick={onBack}>
            {setupLabels.back}
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? setupLabels.saving : nextLabel}
        </button>
      </div>
    </form>
  );
}
