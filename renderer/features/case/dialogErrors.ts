import type { CommandError } from '../../../shared/commands/types';
import { isAtOrUnder, type PlacedMessage } from '../../components/form/fieldMessage';

/** The field of a dialog a command error shows under, or undefined to show it on top. */
export type PlaceField = (field: string) => string | undefined;

/** Errors at one of `roots` (or under them) show at their own field. */
export const atFields =
  (...roots: readonly string[]): PlaceField =>
  (field) =>
    roots.some((root) => isAtOrUnder(field, root)) ? field : undefined;

/** The command's errors split into those shown under a field and those shown on top. */
export function splitCommandErrors(
  errors: readonly CommandError[],
  placeField: PlaceField,
): { placed: PlacedMessage[]; unplaced: CommandError[] } {
  const placed: PlacedMessage[] = [];
  const unplaced: CommandError[] = [];
  for (const error of errors) {
    const field = error.field === undefined ? undefined : placeField(error.field);
    if (field === undefined) unplaced.push(error);
    else placed.push({ field, severity: 'error', message: error.message });
  }
  return { placed, unplaced };
}
