import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { CommandError } from '../../../shared/commands/types';
import { caseLabels } from './labels';
import './buttons.css';
import './dialog.css';

interface CaseDialogProps {
  title: string;
  intro?: string;
  /** Errors no field of the form shows (the engine's refusals, a stale case). */
  errors: readonly CommandError[];
  submitLabel: string;
  busy: boolean;
  /** A closing action (decline, cancel): the button says so in red. */
  danger?: boolean;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal form for one action: Escape or "Batal" closes it, Enter in a field
 * submits, focus stays inside while it is open and returns afterwards.
 */
export function CaseDialog({
  title,
  intro,
  errors,
  submitLabel,
  busy,
  danger,
  onSubmit,
  onClose,
  children,
}: CaseDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <dialog ref={ref} className="case-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form className="case-dialog__form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="case-dialog__title">
          {title}
        </h2>
        {intro ? <p className="case-dialog__intro">{intro}</p> : null}
        {errors.length > 0 ? (
          <div className="case-dialog__errors" role="alert">
            <ul>
              {errors.map((error) => (
                <li key={`${error.code}:${error.field ?? ''}:${error.message}`}>{error.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="case-dialog__body">{children}</div>
        <div className="case-dialog__buttons">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => ref.current?.close()}
          >
            {caseLabels.dialog.cancel}
          </button>
          <button
            type="submit"
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            disabled={busy}
          >
            {busy ? caseLabels.actions.working : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
