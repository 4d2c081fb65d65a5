import { registryNameSchema, type RegistryName } from '../../../shared/standards/schema';
import { ChoiceGroup } from './ChoiceGroup';
import type { IntakeDraft } from './draft';
import { EligibilityPanel } from './EligibilityPanel';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import type { DraftReview } from './reviewDraft';
import { registryFilled } from './sections';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { TrackProfile } from './trackProfile';

const labels = intakeLabels.registry;
const deciles = Array.from({ length: 10 }, (_, i) => String(i + 1));

export function RegistryStep({
  draft,
  profile,
  review,
  setRegistry,
}: {
  draft: IntakeDraft;
  profile: TrackProfile;
  review: DraftReview;
  setRegistry: IntakeState['setRegistry'];
}) {
  const { registry } = draft;
  // Newest first: DTSEN replaced DTKS (Inpres 4/2025).
  const offered: readonly RegistryName[] =
    profile.registries.length > 0 ? profile.registries : [...registryNameSchema.options].reverse();
  const asksDecile =
    registry.listed === 'yes' && (registry.registry === 'DTSEN' || profile.maxDecile !== undefined);
  return (
    <div className="intake-columns">
      <section className="intake-panel" aria-labelledby="registri-heading">
        <h3 id="registri-heading" className="intake-panel__heading">
          {labels.heading}
        </h3>
        {profile.registryRequired ? null : (
          <p className="intake-note">
            {labels.notRequired}
            {registryFilled(draft) ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() =>
                    setRegistry({ registry: '', listed: '', decile: '', dataMatches: '' })
                  }
                >
                  {labels.clear}
                </button>
              </>
            ) : null}
          </p>
        )}
        <ChoiceGroup
          field="registry.registry"
          legend={labels.registry}
          layout="list"
          value={registry.registry}
          choices={offered.map((name) => ({ value: name, label: intakeLabels.registries[name] }))}
          onChange={(name) =>
            setRegistry({
              registry: name,
              ...(name === 'DTSEN' || profile.maxDecile !== undefined ? {} : { decile: '' }),
            })
          }
        />
        <div className="intake-grid">
          <ChoiceGroup
            field="registry.listed"
            legend={labels.listed}
            className="intake-span-6"
            value={registry.listed}
            choices={[
              { value: 'yes', label: labels.listedYes },
              { value: 'no', label: labels.listedNo },
            ]}
            onChange={(listed) => setRegistry({ listed })}
          />
          {asksDecile ? (
            <SelectField
              field="registry.decile"
              label={labels.decile}
              hint={labels.decileHint(profile.maxDecile)}
              placeholder={labels.decileNone}
              className="intake-span-6"
              options={deciles.map((decile) => ({ value: decile, label: decile }))}
              value={deciles.includes(registry.decile) ? registry.decile : ''}
              onChange={(decile) => setRegistry({ decile })}
            />
          ) : null}
        </div>
        {profile.asksDataMatches ? (
          <ChoiceGroup
            field="registry.dataMatches"
            legend={labels.dataMatches}
            value={registry.dataMatches}
            choices={[
              { value: 'yes', label: labels.dataMatchesYes },
              { value: 'no', label: labels.dataMatchesNo },
            ]}
            onChange={(dataMatches) => setRegistry({ dataMatches })}
          />
        ) : null}
        <div className="intake-grid">
          <TextField
            field="registry.checkedOn"
            label={labels.checkedOn}
            placeholder={intakeLabels.person.dateHint}
            className="intake-span-4"
            inputMode="numeric"
            autoComplete="off"
            value={registry.checkedOn}
            onChange={(checkedOn) => setRegistry({ checkedOn })}
          />
          <TextField
            field="registry.officer"
            label={labels.officer}
            className="intake-span-8"
            autoComplete="off"
            value={registry.officer}
            onChange={(officer) => setRegistry({ officer })}
          />
        </div>
      </section>
      <EligibilityPanel findings={review.findings} />
    </div>
  );
}
