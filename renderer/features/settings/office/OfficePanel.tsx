import { useRef, useState, type FormEvent } from 'react';
import type { OfficeProfile } from '../../../../shared/office/profile';
import { useSession } from '../../auth/useSession';
import { refusalText, useAdminCommand } from '../useAdminCommand';
import { focusFirstInvalid } from '../../../components/form/focusFirstInvalid';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { settingsLabels } from '../labels';
import { LetterheadFields } from './LetterheadFields';
import { NumberingFields } from './NumberingFields';
import { PaperFields } from './PaperFields';
import { checkProfileForm, profileFormValues, type ProfileFormErrors } from './profileForm';
import { SignersEditor } from './SignersEditor';

const labels = settingsLabels.profile;

type Status = { kind: 'saved' | 'invalid' | 'failed'; text: string } | null;

/** The office profile: kop, cut-off, signers, paraf posts, paper, numbering, auto-lock. */
export function OfficePanel({ office }: { office: OfficeProfile }) {
  const setOffice = useSession((state) => state.setOffice);
  const [values, setValues] = useState(() => profileFormValues(office));
  const [errors, setErrors] = useState<ProfileFormErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const run = useAdminCommand();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkProfileForm(office, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'invalid', text: labels.invalid });
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const result = await run('office.updateProfile', { profile: checked.profile });
      if (!result.ok) {
        setStatus({ kind: 'failed', text: refusalText(result) });
        return;
      }
      setOffice(checked.profile);
      setErrors({});
      setValues(profileFormValues(checked.profile));
      setStatus({ kind: 'saved', text: labels.saved });
    } catch (error) {
      setStatus({ kind: 'failed', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} className="settings-form" onSubmit={(event) => void save(event)} noValidate>
      <LetterheadFields
        values={values.letterhead}
        errors={Object.fromEntries(
          Object.entries(errors)
            .filter(([key]) => key.startsWith('letterhead.'))
            .map(([key, message]) => [key.slice('letterhead.'.length), message]),
        )}
        onChange={(field, value) =>
          setValues({ ...values, letterhead: { ...values.letterhead, [field]: value } })
        }
      />
      <SignersEditor
        signers={values.signers}
        errors={errors}
        onChange={(signers) => setValues({ ...values, signers })}
      />
      <fieldset className="form-section">
        <legend className="form-section__title">{labels.parafHeading}</legend>
        <TextAreaField
          label={labels.parafPositions}
          hint={labels.parafIntro}
          value={values.parafPositions}
          error={errors.parafPositions}
          onChange={(parafPositions) => setValues({ ...values, parafPositions })}
        />
      </fieldset>
      <NumberingFields
        values={values.numbering}
        errors={errors}
        timeZone={office.timeZone}
        serviceCode={office.serviceCodes[0]}
        onChange={(numbering) => setValues({ ...values, numbering })}
      />
      <PaperFields
        paperSize={values.paperSize}
        margins={values.margins}
        errors={errors}
        onPaperSize={(paperSize) => setValues({ ...values, paperSize })}
        onMargins={(margins) => setValues({ ...values, margins })}
      />
      <fieldset className="form-section">
        <legend className="form-section__title">{labels.securityHeading}</legend>
        <TextField
          className="field--narrow"
          label={labels.idleLock}
          hint={labels.idleLockHint}
          inputMode="numeric"
          value={values.idleLockMinutes}
          error={errors.idleLockMinutes}
          onChange={(idleLockMinutes) => setValues({ ...values, idleLockMinutes })}
        />
      </fieldset>
      <div className="form-actions form-actions--sticky">
        <button type="submit" className="button button--primary" disabled={busy}>
          {labels.save}
        </button>
        {status ? (
          <p
            className={status.kind === 'saved' ? 'form-status' : 'field-error'}
            role={status.kind === 'saved' ? 'status' : 'alert'}
          >
            {status.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
