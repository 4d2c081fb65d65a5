import type { ReactNode } from 'react';
import type { FieldIssue } from './fieldIssue';

/** The messages under a field: errors first, then warnings, then a neutral note. */
export function FieldMessages({
  id,
  issues,
  note,
}: {
  id: string;
  issues: readonly FieldIssue[];
  note?: ReactNode;
}) {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  if (sorted.length === 0 && !note) return null;
  return (
    <div id={id} className="intake-field__messages" aria-live="polite">
      {sorted.map((issue) => (
        <p
          key={`${issue.severity}:${issue.message}`}
          className={`intake-field__message intake-field__message--${issue.severity}`}
        >
          {issue.message}
        </p>
      ))}
      {note ? <p className="intake-field__message intake-field__message--note">{note}</p> : null}
    </div>
  );
}
