import type { CommandError } from '../../../shared/commands/types';

/** The command's messages for one payload field (or any field under it), under the input. */
export function FieldError({
  id,
  errors,
  field,
}: {
  id: string;
  errors: readonly CommandError[];
  field: string;
}) {
  const mine = errors.filter(
    (error) => error.field === field || error.field?.startsWith(`${field}.`),
  );
  if (mine.length === 0) return null;
  return (
    <p id={id} className="field__error">
      {mine.map((error) => error.message).join(' ')}
    </p>
  );
}
