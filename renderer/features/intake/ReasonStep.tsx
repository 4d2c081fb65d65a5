import type { Reason } from '../../../shared/cases/records';
import { ChoiceGroup } from './ChoiceGroup';
import type { IntakeDraft } from './draft';
import { fieldId } from './fieldId';
import { FieldMessages } from './FieldMessages';
import type { IntakeState } from './intakeStore';
import { useIssues } from './IssuesContext';
import { intakeLabels } from './labels';
import { reasonFields } from './reasonFields';
import { TextField } from './TextField';
import type { TrackProfile } from './trackProfile';

const labels = intakeLabels.reason;
const kinds: readonly Reason['kind'][] = ['illness', 'emergency', 'childbirth', 'chronic', 'other'];

export function ReasonStep({
  draft,
  profile,
  setReason,
}: {
  draft: IntakeDraft;
  profile: TrackProfile;
  setReason: IntakeState['setReason'];
}) {
  const { reason } = draft;
  const faskes = profile.faskesPaper;
  const textIssues = useIssues(reasonFields.text);
  return (
    <div className="intake-stack">
      <section className="intake-panel" aria-labelledby="alasan-heading">
        <h3 id="alasan-heading" className="intake-panel__heading">
          {labels.heading}
        </h3>
        <ChoiceGroup
          field={reasonFields.kind}
          legend={labels.kind}
          value={reason.kind}
          choices={kinds.map((kind) => ({ value: kind, label: intakeLabels.reasons[kind] }))}
          onChange={(kind) => setReason({ kind })}
        />
        <div className="intake-field">
          <label className="intake-field__label" htmlFor={fieldId(reasonFields.text)}>
            {labels.text}
            <span className="intake-field__hint">{labels.textHint}</span>
          </label>
          <textarea
            id={fieldId(reasonFields.text)}
            className="intake-field__input intake-field__textarea"
            rows={2}
            maxLength={500}
            value={reason.text}
            aria-describedby={`${fieldId(reasonFields.text)}-pesan`}
            onChange={(event) => setReason({ text: event.target.value })}
          />
          <FieldMessages id={`${fieldId(reasonFields.text)}-pesan`} issues={textIssues} />
        </div>
      </section>
      <section className="intake-panel" aria-labelledby="faskes-heading">
        <h3 id="faskes-heading" className="intake-panel__heading">
          {labels.faskesHeading}
          <span className="intake-panel__sub">
            {faskes?.mandatory ? labels.faskesRequired(faskes.label) : labels.faskesOptional}
          </span>
        </h3>
        <div className="intake-grid">
          <TextField
            field={reasonFields.faskesName}
            label={labels.faskesName}
            hint={labels.faskesNameHint}
            className="intake-span-5"
            autoComplete="off"
            value={reason.faskesName}
            onChange={(faskesName) => setReason({ faskesName })}
          />
          <TextField
            field={reasonFields.faskesLetterNumber}
            label={labels.faskesLetterNumber}
            className="intake-span-4"
            autoComplete="off"
            value={reason.faskesLetterNumber}
            onChange={(faskesLetterNumber) => setReason({ faskesLetterNumber })}
          />
          <TextField
            field={reasonFields.faskesLetterDate}
            label={labels.faskesLetterDate}
            placeholder={intakeLabels.person.dateHint}
            className="intake-span-3"
            inputMode="numeric"
            autoComplete="off"
            value={reason.faskesLetterDate}
            onChange={(faskesLetterDate) => setReason({ faskesLetterDate })}
          />
        </div>
        <div className="intake-grid">
          <TextField
            field={reasonFields.sktmNumber}
            label={labels.sktmNumber}
            hint={labels.sktmHint}
            className="intake-span-5"
            autoComplete="off"
            value={reason.sktmNumber}
            onChange={(sktmNumber) => setReason({ sktmNumber })}
          />
        </div>
      </section>
    </div>
  );
}
