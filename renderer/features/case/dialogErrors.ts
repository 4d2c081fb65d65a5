import type { CommandError } from '../../../shared/commands/types';

/** The errors a dialog shows on top: those not placed on one of its fields. */
export function unplacedErrors(
  errors: readonly CommandError[],
  fields: readonly string[],
): CommandError[] {
  return errors.filter(
    (error) =>
      error.field === undefined ||
      !fields.some((field) => error.field === field || error.field?.startsWith(`${field}.`)),
  );
}
