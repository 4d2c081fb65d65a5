import { useState } from 'react';
import type { Catalog } from '../../../shared/standards/catalog';
import { profileFromCatalog } from '../../../shared/office/profile';
import { letterheadValues } from '../settings/office/letterheadForm';
import { setupLabels } from './labels';
import { StepFrame } from './StepFrame';
import { useSetupDraft } from './useSetupDraft';

const labels = setupLabels.office;

/** Step 1: which office of the catalog this device serves. */
export function OfficeStep({ catalog }: { catalog: Catalog }) {
  const officeId = useSetupDraft((draft) => draft.officeId);
  const chooseOffice = useSetupDraft((draft) => draft.chooseOffice);
  const goTo = useSetupDraft((draft) => draft.goTo);
  const [error, setError] = useState<string | null>(null);

  const choose = (id: string) => {
    const pack = catalog.packs.find((candidate) => candidate.office.id === id);
    if (!pack) return;
    setError(null);
    chooseOffice(id, letterheadValues(profileFromCatalog(pack.office, pack.standards)));
  };

  const next = () => {
    if (officeId) goTo('letterhead');
    else setError(labels.required);
  };

  return (
    <StepFrame heading={labels.heading} intro={labels.intro} onNext={next}>
      <fieldset
        className="office-choices"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'office-error' : undefined}
      >
        <legend className="visually-hidden">{labels.listLabel}</legend>
        {catalog.packs.map(({ office, standards }) => (
          <label key={office.id} className="office-choice">
            <input
              type="radio"
              name="office"
              value={office.id}
              checked={office.id === officeId}
              onChange={() => choose(office.id)}
            />
            <span className="office-choice__text">
              <span className="office-choice__government">{office.government}</span>
              <span className="office-choice__name">
                {office.name} · {office.city}
              </span>
              <span className="office-choice__meta">
                {labels.services(new Set(standards.map((s) => s.serviceCode)).size)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p id="office-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </StepFrame>
  );
}
