import type { Relationship } from '../../../shared/cases/records';
import type { RegionTable } from '../../../shared/validate';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import type { IntakeDraft } from './draft';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import { PersonFields } from './PersonFields';
import type { TrackProfile } from './trackProfile';

const labels = intakeLabels.persons;
const relationships: readonly Relationship[] = [
  'self',
  'parent',
  'child',
  'spouse',
  'sibling',
  'guardian',
  'other',
];

export function PersonsStep({
  draft,
  profile,
  today,
  regions,
  actions,
}: {
  draft: IntakeDraft;
  profile: TrackProfile | undefined;
  today: string;
  regions: RegionTable | undefined;
  actions: Pick<IntakeState, 'setPerson' | 'setAddress' | 'update'>;
}) {
  const self = draft.relationship === 'self';
  return (
    <div className="intake-stack">
      <section className="intake-panel" aria-labelledby="pemohon-heading">
        <h3 id="pemohon-heading" className="intake-panel__heading">
          {labels.applicantHeading}
        </h3>
        <PersonFields
          who="applicant"
          person={draft.applicant}
          today={today}
          regions={regions}
          allowNoNik={false}
          ownAddress
          actions={actions}
        />
      </section>
      <section className="intake-panel" aria-labelledby="peserta-heading">
        <h3 id="peserta-heading" className="intake-panel__heading">
          {labels.subjectHeading}
          <span className="intake-panel__sub">{labels.subjectHint}</span>
        </h3>
        <ChoiceGroup
          field="relationship"
          label={labels.relationshipLabel}
          value={draft.relationship}
          choices={relationships.map((relationship) => ({
            value: relationship,
            label: intakeLabels.relationships[relationship],
          }))}
          onChange={(relationship) =>
            actions.update((current) => ({ ...current, relationship }), ['relationship', 'subject'])
          }
        />
        {self ? null : (
          <>
            <PersonFields
              who="subject"
              person={draft.subject}
              today={today}
              regions={regions}
              allowNoNik={profile?.newborn ?? false}
              ownAddress={!draft.subjectSameAddress}
              addressToggle={
                <CheckboxField
                  className="intake-same-address"
                  label={labels.sameAddress}
                  checked={draft.subjectSameAddress}
                  onChange={(subjectSameAddress) =>
                    actions.update(
                      (current) => ({ ...current, subjectSameAddress }),
                      ['subject.address'],
                    )
                  }
                />
              }
              actions={actions}
            />
          </>
        )}
      </section>
    </div>
  );
}
