import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { CommandError } from '../../../shared/commands/types';
import type { PlacedMessage } from '../../components/form/fieldMessage';
import { FieldMessagesContext } from '../../components/form/FieldMessagesContext';
import { focusFirstInvalid } from '../../components/form/focusFirstInvalid';
import { splitCommandErrors, type PlaceField } from './dialogErrors';
import { caseLabels } from './labels';
import './buttons.css';
import './dialog.css';

const nowhere: PlaceField = () => undefined;

interface CaseDialogProps {
  title: string;
  intro?: string;
  /** The command's answer: errors on one of the form's fields show there, the rest on top. */
  errors: readonly CommandError[];
  /** Where a command error shows (`check.decile` → `registry.decile`); on top by default. */
  placeField?: PlaceField;
  /** The form's own findings, by field, as it shows them now. */
  issues?: readonly PlacedMessage[];
  submitLabel: string;
  busy: boolean;
  /** A closing action (decline, cancel): the button says so in red. */
  danger?: boolean;
  /** A dialog with rows of papers, or fields side by side, needs more width. */
  wide?: boolean;
  /** Saves; false when the form's own check refused it (the first invalid field gets the focus). */
  onSubmit(): boolean | void;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal form for one action: Escape or "Batal" closes it, Enter in a field
 * submits, focus stays inside while it is open and returns afterwards. A refused
 * save takes the focus to the first field in error.
 */
export function CaseDialog({
  title,
  intro,
  errors,
  placeField = nowhere,
  issues = [],
  submitLabel,
  busy,
  danger,
  wide,
  onSubmit,
  onClose,
  children,
}: CaseDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (errors.length > 0) focusFirstInvalid(formRef.current);
  }, [errors]);
  const { placed, unplaced } = splitCommandErrors(errors, placeField);
  const messages = [...issues, ...placed];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && onSubmit() === false) focusFirstInvalid(formRef.current);
  };
  return (
    <dialog
      ref={ref}
      className={`case-dialog${wide ? ' case-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form ref={formRef} className="case-dialog__form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="case-dialog__title">
          {title}
        </h2>
        {intro ? <p className="case-dialog__intro">{intro}</p> : null}
        {unplaced.length > 0 ? (
          <div className="case-dialog__errors" role="alert">
            <ul>
              {unplaced.map((error) => (
                <li key={`${error.code}:${error.field ?? ''}:${error.message}`}>{error.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <FieldMessagesContext.Provider
          value={(field) => messages.filter((message) => message.field === field)}
        >
          <div className="case-dialog__body">{children}</div>
        </FieldMessagesContext.Provider>
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
