import { useRef, useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { Catalog } from '../../../shared/standards/catalog';
import { parafPositionsOf, signerPositionsOf } from '../../../shared/office/profile';
import { hashPin } from '../../../shared/users/pin';
import { checkNewPin } from '../../../shared/users/pinRules';
import { focusFirstInvalid } from '../../components/form/focusFirstInvalid';
import { emptyPin, PinFields, type PinValues } from '../settings/users/PinFields';
import { UserFields } from '../settings/users/UserFields';
import { checkUserForm, emptyUserForm, type UserFormErrors } from '../settings/users/userForm';
import { DraftUserList } from './DraftUserList';
import { setupLabels } from './labels';
import { StepFrame } from './StepFrame';
import { useSetupDraft } from './useSetupDraft';

const labels = setupLabels.users;

/** Step 4: the first staff accounts (any number, none included). */
export function UsersStep({ catalog }: { catalog: Catalog }) {
  const officeId = useSetupDraft((draft) => draft.officeId);
  const values = useSetupDraft((draft) => draft.userForm);
  const setValues = useSetupDraft((draft) => draft.setUserForm);
  const addUser = useSetupDraft((draft) => draft.addUser);
  const goTo = useSetupDraft((draft) => draft.goTo);
  const [pin, setPin] = useState<PinValues>(emptyPin);
  const [errors, setErrors] = useState<UserFormErrors & { pin?: string }>({});
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const addForm = useRef<HTMLDivElement>(null);
  const standards =
    catalog.packs.find((candidate) => candidate.office.id === officeId)?.standards ?? [];
  const knownPositions = [
    ...new Set([...parafPositionsOf(standards), ...signerPositionsOf(standards)]),
  ];

  const add = async () => {
    const checked = checkUserForm(values);
    const pinCheck = checkNewPin(pin.pin, pin.repeat);
    const found = {
      ...(checked.ok ? {} : checked.errors),
      ...(pinCheck.ok ? {} : { pin: pinCheck.message }),
    };
    setErrors(found);
    setAdded(null);
    if (!checked.ok || !pinCheck.ok) {
      focusFirstInvalid(addForm.current);
      return;
    }
    setBusy(true);
    addUser({ id: uuidv7(), details: checked.details, pin: await hashPin(pin.pin) });
    setBusy(false);
    setValues(emptyUserForm);
    setPin(emptyPin);
    setAdded(labels.added(checked.details.name));
    addForm.current?.querySelector('input')?.focus();
  };

  return (
    <StepFrame
      heading={labels.heading}
      intro={labels.intro}
      onBack={() => goTo('admin')}
      onNext={() => goTo('done')}
    >
      <DraftUserList />
      <section className="form-section" aria-labelledby="new-user-heading">
        <h3 id="new-user-heading" className="form-section__title">
          {labels.formHeading}
        </h3>
        <div
          ref={addForm}
          onKeyDown={(event) => {
            // Enter in the new user's fields adds the user; it does not leave the step.
            if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
              event.preventDefault();
              void add();
            }
          }}
        >
          <UserFields
            values={values}
            errors={errors}
            knownPositions={knownPositions}
            onChange={setValues}
          />
          <PinFields values={pin} error={errors.pin} onChange={setPin} />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void add()}
          >
            {busy ? setupLabels.saving : labels.add}
          </button>
          {added ? (
            <p className="form-status" role="status">
              {added}
            </p>
          ) : null}
        </div>
      </section>
    </StepFrame>
  );
}
