import { createContext, useContext } from 'react';
import type { FieldMessage } from './fieldMessage';

/** The messages a form shows now for one field, by its exact path. */
export type MessagesOf = (field: string) => readonly FieldMessage[];

const none: readonly FieldMessage[] = [];

/** Set by a form that checks its fields as a whole (the intake wizard, a case dialog). */
export const FieldMessagesContext = createContext<MessagesOf>(() => none);

export function useFieldMessages(field: string | undefined): readonly FieldMessage[] {
  const messagesOf = useContext(FieldMessagesContext);
  return field === undefined ? none : messagesOf(field);
}
