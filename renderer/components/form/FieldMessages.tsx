import type { ReactNode } from 'react';
import type { FieldMessage } from './fieldMessage';

const order = { error: 0, warning: 1 } as const;

/**
 * The messages under a field: errors first, then warnings, then a neutral note. The live
 * region stays in place while empty, so a message that appears is read out.
 */
export function FieldMessages({
  id,
  messages,
  note,
}: {
  id: string;
  messages: readonly FieldMessage[];
  note?: ReactNode;
}) {
  const sorted = [...messages].sort((a, b) => order[a.severity] - order[b.severity]);
  const unique = sorted.filter(
    (message, index) =>
      sorted.findIndex(
        (other) => other.severity === message.severity && other.message === message.message,
      ) === index,
  );
  return (
    <div id={id} className="field__messages" aria-live="polite">
      {unique.map((message) => (
        <p
          key={`${message.severity}:${message.message}`}
          className={`field__message field__message--${message.severity}`}
        >
          {message.message}
        </p>
      ))}
      {note ? <p className="field__message field__message--note">{note}</p> : null}
    </div>
  );
}
