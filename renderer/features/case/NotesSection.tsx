import { useState, type FormEvent } from 'react';
import type { CaseNote } from '../../../shared/cases/records';
import type { CommandError } from '../../../shared/commands/types';
import type { Office } from '../../../shared/standards/schema';
import { TextAreaField } from '../../components/form/TextAreaField';
import { formatInstant } from '../sla/format';
import type { StaffName } from './caseSource';
import { caseLabels } from './labels';
import { staffName } from './staffName';

interface NotesSectionProps {
  notes: readonly CaseNote[];
  staff: ReadonlyMap<string, StaffName>;
  timeZone: Office['timeZone'];
  now: Date;
  /** Absent when this person may not write notes. */
  onAdd?: (text: string) => Promise<boolean>;
  errors: readonly CommandError[];
  busy: boolean;
}

/** Notes on the case, newest first, and a box to add one. */
export function NotesSection({
  notes,
  staff,
  timeZone,
  now,
  onAdd,
  errors,
  busy,
}: NotesSectionProps) {
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!onAdd || busy) return;
    if (await onAdd(text)) setText('');
  };
  const others = errors.filter((error) => error.field !== 'text');
  return (
    <section className="case-card" aria-label={caseLabels.sections.notes}>
      <h3 className="case-card__title">{caseLabels.sections.notes}</h3>
      {onAdd ? (
        <form className="note-form" onSubmit={submit}>
          <TextAreaField
            field="newNote"
            label={caseLabels.notes.label}
            rows={2}
            maxLength={2000}
            value={text}
            messages={errors
              .filter((error) => error.field === 'text')
              .map((error) => ({ severity: 'error' as const, message: error.message }))}
            onChange={setText}
            ctrlEnterSubmits
          />
          {others.length > 0 ? (
            <p className="field-error" role="alert">
              {others.map((error) => error.message).join(' ')}
            </p>
          ) : null}
          <div className="note-form__buttons">
            <span className="muted note-form__hint">{caseLabels.dialog.ctrlEnter}</span>
            <button
              type="submit"
              className="button button--secondary"
              disabled={busy || text.trim() === ''}
            >
              {busy ? caseLabels.actions.working : caseLabels.notes.submit}
            </button>
          </div>
        </form>
      ) : null}
      {notes.length === 0 ? (
        <p className="muted">{caseLabels.notes.empty}</p>
      ) : (
        <ol className="notes">
          {[...notes].reverse().map((note) => (
            <li key={`${note.at}:${note.userId}`} className="note">
              <p className="note__meta">
                {staffName(staff, note.userId)} · {formatInstant(new Date(note.at), timeZone, now)}
              </p>
              <p className="note__text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
