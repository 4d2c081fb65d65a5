import type { ReactNode } from 'react';
import { LabelCaption } from './FieldCaption';
import { FieldMessages } from './FieldMessages';
import { classes, useFieldState, type FieldProps } from './useFieldState';

/** What a field hands its control: the id its label points at, and its state for screen readers. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
}

/** One labelled control with its hint and its messages in place; the control is drawn by `render`. */
export function Field({
  render,
  ...props
}: FieldProps & { render: (control: ControlProps) => ReactNode }) {
  const state = useFieldState(props);
  return (
    <div className={classes('field', props.className)}>
      <LabelCaption
        htmlFor={state.id}
        label={props.label}
        optional={props.optional}
        hint={props.hint}
        hintId={state.hintId}
      />
      {render({
        id: state.id,
        'aria-invalid': state.invalid || undefined,
        'aria-describedby': state.describedBy,
      })}
      <FieldMessages id={state.messagesId} messages={state.shown} note={props.note} />
    </div>
  );
}
