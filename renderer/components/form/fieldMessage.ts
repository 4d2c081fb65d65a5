/** A message under a field: an error blocks saving, a warning only says so. */
export interface FieldMessage {
  severity: 'error' | 'warning';
  message: string;
}

/** A message for one field of a form, by its path (`registry.decile`, `papers.fotokopiKk`). */
export interface PlacedMessage extends FieldMessage {
  field: string;
}

/** Whether `field` is `path` or lies under it (`applicant.address.rt` under `applicant`). */
export const isAtOrUnder = (field: string, path: string) =>
  field === path || field.startsWith(`${path}.`);

/** The messages of a field and of the fields under it. */
export function messagesAt<M extends PlacedMessage>(messages: readonly M[], path: string): M[] {
  return messages.filter((message) => isAtOrUnder(message.field, path));
}

export const hasError = (messages: readonly FieldMessage[]) =>
  messages.some((message) => message.severity === 'error');

/** A path under `prefix` moved under `replacement` (`check.decile` → `registry.decile`); others: undefined. */
export const rebase =
  (prefix: string, replacement: string) =>
  (field: string): string | undefined =>
    isAtOrUnder(field, prefix) ? replacement + field.slice(prefix.length) : undefined;
