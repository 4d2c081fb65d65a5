import { missingValue, type FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';
import { parseTypedDate } from './typedDate';

const messages = intakeLabels.issues;

/** Checks a typed date: required or not, a real day, not after today. */
export function dateIssue(
  text: string,
  options: { field: string; name: string; today: string; required: boolean },
): FieldIssue | undefined {
  const parsed = parseTypedDate(text);
  const error = (message: string): FieldIssue => ({
    field: options.field,
    severity: 'error',
    message,
  });
  if (!parsed.ok) {
    if (parsed.problem === 'empty') {
      return options.required
        ? missingValue(options.field, messages.dateRequired(options.name))
        : undefined;
    }
    return error(
      parsed.problem === 'format'
        ? messages.dateFormat(options.name)
        : messages.dateImpossible(options.name),
    );
  }
  return parsed.iso > options.today ? error(messages.dateFuture(options.name)) : undefined;
}
