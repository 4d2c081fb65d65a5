import { useRef, useState } from 'react';
import type { Catalog } from '../../../shared/standards/catalog';
import { profileFromCatalog } from '../../../shared/office/profile';
import { focusFirstInvalid } from '../../components/form/focusFirstInvalid';
import { LetterheadFields } from '../settings/office/LetterheadFields';
import { checkLetterhead, type LetterheadErrors } from '../settings/office/letterheadForm';
import { setupLabels } from './labels';
import { StepFrame } from './StepFrame';
import { useSetupDraft } from './useSetupDraft';

const labels = setupLabels.letterhead;

/** Step 2: the kop surat and the cut-off days, as published, for the office to correct. */
export function LetterheadStep({ catalog }: { catalog: Catalog }) {
  const officeId = useSetupDraft((draft) => draft.officeId);
  const values = useSetupDraft((draft) => draft.letterhead);
  const setLetterhead = useSetupDraft((draft) => draft.setLetterhead);
  const goTo = useSetupDraft((draft) => draft.goTo);
  const [errors, setErrors] = useState<LetterheadErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const pack = catalog.packs.find((candidate) => candidate.office.id === officeId);
  if (!pack || !values) return null;

  const next = () => {
    const checked = checkLetterhead(profileFromCatalog(pack.office, pack.standards), values);
    if (checked.ok) {
      setErrors({});
      goTo('admin');
    } else {
      setErrors(checked.errors);
      focusFirstInvalid(form.current);
    }
  };

  return (
    <StepFrame
      heading={labels.heading}
      intro={labels.intro}
      formRef={form}
      onBack={() => goTo('office')}
      onNext={next}
    >
      <LetterheadFields
        values={values}
        errors={errors}
        onChange={(field, value) => {
          setLetterhead({ ...values, [field]: value });
          if (errors[field]) setErrors({ ...errors, [field]: undefined });
        }}
      />
    </StepFrame>
  );
}
