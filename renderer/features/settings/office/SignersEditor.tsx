import { grades, rankLabel } from '../../../../shared/users/ranks';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { settingsLabels } from '../labels';
import type { ProfileFormErrors, SignerValues } from './profileForm';

const labels = settingsLabels.profile;
const rankOptions = grades.map((grade) => ({ value: grade, label: rankLabel(grade) }));
const emptySigner: SignerValues = { name: '', nip: '', rank: '', position: '' };

/** The officials who sign letters: name, NIP, rank and post, as printed under the signature. */
export function SignersEditor({
  signers,
  errors,
  onChange,
}: {
  signers: SignerValues[];
  errors: ProfileFormErrors;
  onChange: (signers: SignerValues[]) => void;
}) {
  const update = (index: number, patch: Partial<SignerValues>) =>
    onChange(signers.map((signer, i) => (i === index ? { ...signer, ...patch } : signer)));
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{labels.signersHeading}</legend>
      <p className="form-section__intro">{labels.signersIntro}</p>
      {errors.signers ? <p className="field-error">{errors.signers}</p> : null}
      {signers.length === 0 ? <p className="form-note">{labels.signersNone}</p> : null}
      {signers.map((signer, i) => (
        <fieldset key={i} className="signer">
          <legend className="signer__legend">{labels.signerLegend(i + 1)}</legend>
          <div className="form-grid">
            <TextField
              label={labels.signerName}
              value={signer.name}
              error={errors[`signers.${i}.name`]}
              onChange={(name) => update(i, { name })}
            />
            <TextField
              label={labels.signerPosition}
              value={signer.position}
              error={errors[`signers.${i}.position`]}
              onChange={(position) => update(i, { position })}
            />
            <TextField
              label={labels.signerNip}
              value={signer.nip}
              inputMode="numeric"
              error={errors[`signers.${i}.nip`]}
              onChange={(nip) => update(i, { nip })}
            />
            <SelectField
              label={labels.signerRank}
              value={signer.rank}
              options={rankOptions}
              placeholder={settingsLabels.userForm.rankPlaceholder}
              error={errors[`signers.${i}.rank`]}
              onChange={(rank) => update(i, { rank })}
            />
          </div>
          <button
            type="button"
            className="button button--link"
            onClick={() => onChange(signers.filter((_, j) => j !== i))}
          >
            {labels.signerRemove(signer.name)}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...signers, emptySigner])}
      >
        {labels.signerAdd}
      </button>
    </fieldset>
  );
}
