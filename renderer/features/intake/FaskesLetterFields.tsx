import { DateField } from '../../components/form/DateField';
import { TextField } from '../../components/form/TextField';
import type { ReasonDraft } from './draft';
import { intakeLabels } from './labels';
import { reasonFields } from './reasonFields';

const labels = intakeLabels.reason;

/** The faskes statement (name, letter number and date) and the SKTM number. Intake and case screen. */
export function FaskesLetterFields({
  values,
  onChange,
}: {
  values: ReasonDraft;
  onChange: (patch: Partial<ReasonDraft>) => void;
}) {
  return (
    <>
      <div className="field-grid">
        <TextField
          field={reasonFields.faskesName}
          label={labels.faskesName}
          hint={labels.faskesNameHint}
          className="span-5"
          autoComplete="off"
          value={values.faskesName}
          onChange={(faskesName) => onChange({ faskesName })}
        />
        <TextField
          field={reasonFields.faskesLetterNumber}
          label={labels.faskesLetterNumber}
          className="span-4"
          autoComplete="off"
          value={values.faskesLetterNumber}
          onChange={(faskesLetterNumber) => onChange({ faskesLetterNumber })}
        />
        <DateField
          field={reasonFields.faskesLetterDate}
          label={labels.faskesLetterDate}
          className="span-3"
          value={values.faskesLetterDate}
          onChange={(faskesLetterDate) => onChange({ faskesLetterDate })}
        />
      </div>
      <div className="field-grid">
        <TextField
          field={reasonFields.sktmNumber}
          label={labels.sktmNumber}
          hint={labels.sktmHint}
          className="span-5"
          autoComplete="off"
          value={values.sktmNumber}
          onChange={(sktmNumber) => onChange({ sktmNumber })}
        />
      </div>
    </>
  );
}
