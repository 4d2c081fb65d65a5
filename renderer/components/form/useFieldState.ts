import { useId, type ReactNode } from 'react';
import { fieldId } from './fieldId';
import { hasError, type FieldMessage } from './fieldMessage';
import { useFieldMessages } from './FieldMessagesContext';

/** What every field takes besides its value: its name, its help and its messages. */
export interface FieldProps {
  /** The value's path in its form (`registry.checkedOn`): the element id, and where the form's messages for it come from. */
  field?: string;
  label: string;
  /** A short help after the label ("16 digit, sesuai KTP/KK"), read out with the field. */
  hint?: string;
  /** Says "(tidak wajib)" after the label. */
  optional?: boolean;
  /** A neutral line under the field (the phone as it will be stored, a digit count). */
  note?: ReactNode;
  /** One error of the caller's own, besides those of the form. */
  error?: string | undefined;
  messages?: readonly FieldMessage[];
  /** While typing a number not yet complete, its problems are not news. */
  hideMessages?: boolean;
  className?: string;
}

export interface FieldState {
  id: string;
  hintId: string;
  messagesId: string;
  shown: readonly FieldMessage[];
  invalid: boolean;
  /** For the control: its hint and its messages. */
  describedBy: string;
}

/** The id and messages of one field, from its props and from the form around it. */
export function useFieldState(props: FieldProps): FieldState {
  const generated = useId();
  const fromForm = useFieldMessages(props.field);
  const id = props.field === undefined ? generated : fieldId(props.field);
  const shown = props.hideMessages
    ? []
    : [
        ...fromForm,
        ...(props.messages ?? []),
        ...(props.error ? [{ severity: 'error' as const, message: props.error }] : []),
      ];
  const hintId = `${id}-petunjuk`;
  const messagesId = `${id}-pesan`;
  return {
    id,
    hintId,
    messagesId,
    shown,
    invalid: hasError(shown),
    describedBy: [props.hint ? hintId : '', messagesId].filter(Boolean).join(' '),
  };
}

const fieldKeys = [
  'field',
  'label',
  'hint',
  'optional',
  'note',
  'error',
  'messages',
  'hideMessages',
  'className',
] as const satisfies ReadonlyArray<keyof FieldProps>;

/** A control's props split into the field's (label, messages …) and the control's own. */
export function splitFieldProps<P extends FieldProps>(
  props: P,
): [FieldProps, Omit<P, keyof FieldProps>] {
  const field: Record<string, unknown> = {};
  const control: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    (fieldKeys.some((name) => name === key) ? field : control)[key] = value;
  }
  return [field as unknown as FieldProps, control as Omit<P, keyof FieldProps>];
}

export const classes = (...names: ReadonlyArray<string | false | undefined>) =>
  names.filter(Boolean).join(' ');
