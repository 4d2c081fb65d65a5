/** One validation problem at a dotted path (`address.postalCode`, `contacts.1.value`). */
export interface PathIssue {
  path: string;
  message: string;
}

/**
 * The first message for each form field. `fieldOf` names the field a path belongs to,
 * or null for problems the form does not show in place (they go under `form`).
 */
export function fieldErrors<F extends string>(
  issues: readonly PathIssue[],
  fieldOf: (path: string) => F | null,
): Partial<Record<F | 'form', string>> {
  const errors: Partial<Record<F | 'form', string>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path) ?? 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}
