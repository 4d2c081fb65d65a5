import type { ReactNode } from 'react';
import { LegendCaption } from './FieldCaption';
import { FieldMessages } from './FieldMessages';
import { classes, useFieldState, type FieldProps } from './useFieldState';

/**
 * A fieldset of related inputs (radios, checkboxes) named by its legend, with its messages
 * in place; the id is the group's, so "Perbaiki" can bring the clerk to its first input.
 */
export function FieldGroup({
  kind,
  legendHidden,
  children,
  ...props
}: Omit<FieldProps, 'note'> & {
  /** The group's class: `radio-group radio-group--inline`, `checkbox-group` … */
  kind: string;
  legendHidden?: boolean | undefined;
  children: (name: string) => ReactNode;
}) {
  const state = useFieldState(props);
  return (
    <fieldset
      id={state.id}
      className={classes(kind, props.className)}
      aria-describedby={state.messagesId}
      aria-invalid={state.invalid || undefined}
    >
      <LegendCaption
        label={props.label}
        optional={props.optional}
        hint={props.hint}
        hintId={state.hintId}
        hidden={legendHidden}
      />
      {children(state.id)}
      <FieldMessages id={state.messagesId} messages={state.shown} />
    </fieldset>
  );
}
