import { dateMessage, dateProblem } from '../../components/form/typedDate';
import { missingValue, type FieldIssue } from './fieldIssue';

/** Checks a typed date: required or not, a real day, not after today. */
export function dateIssue(
  text: string,
  options: { field: string; name: string; today: string; required: boolean },
): FieldIssue | undefined {
  const problem = dateProblem(text, options);
  if (problem === undefined) return undefined;
  const message = dateMessage(problem, options.name);
  return problem === 'empty'
    ? missingValue(options.field, message)
    : { field: options.field, severity: 'error', message };
}
