import { formLabels } from './labels';

interface CaptionProps {
  label: string;
  optional?: boolean | undefined;
  hint?: string | undefined;
  hintId: string;
}

function Name({ label, optional }: Pick<CaptionProps, 'label' | 'optional'>) {
  return (
    <>
      {label}
      {optional ? <span className="field__optional"> {formLabels.optional}</span> : null}
    </>
  );
}

function Hint({ hint, hintId }: Pick<CaptionProps, 'hint' | 'hintId'>) {
  return hint ? (
    <span id={hintId} className="field__hint">
      {hint}
    </span>
  ) : null;
}

/** The label line of one control: its name and "(tidak wajib)"; the hint beside it is its description. */
export function LabelCaption({ htmlFor, ...props }: CaptionProps & { htmlFor: string }) {
  return (
    <div className="field__caption">
      <label className="field__label" htmlFor={htmlFor}>
        <Name {...props} />
      </label>
      <Hint {...props} />
    </div>
  );
}

/** The legend of a group of choices, with the same look as a label line. */
export function LegendCaption({
  hidden,
  ...props
}: CaptionProps & {
  /** Read out but not shown (the row already says what the group is about). */
  hidden?: boolean | undefined;
}) {
  return (
    <legend className={hidden ? 'visually-hidden' : 'field__caption'}>
      <span className="field__label">
        <Name {...props} />
      </span>
      <Hint {...props} />
    </legend>
  );
}
