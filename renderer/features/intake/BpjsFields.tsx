import { wholeMonthsBetween } from '../../../shared/cases/dateSpans';
import { bpjsSegmentSchema, type BpjsSegment } from '../../../shared/standards/schema';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { DateField } from '../../components/form/DateField';
import { DigitsField } from '../../components/form/DigitsField';
import { SelectField } from '../../components/form/SelectField';
import { isoOf } from '../../components/form/typedDate';
import type { BpjsDraft } from './draft';
import { intakeLabels } from './labels';
import type { TrackProfile } from './trackProfile';

const labels = intakeLabels.bpjs;
const segments = bpjsSegmentSchema.options.map((segment: BpjsSegment) => ({
  value: segment,
  label: intakeLabels.segments[segment],
}));
/** The schemes a family can be in for a newborn letter (PBI-JK → BPJS, JKSS → Dinkes). */
const familySchemes = segments.filter((segment) => segment.value !== 'belumTerdaftar');

/**
 * The BPJS membership as the citizen's status statement shows it: segment, card, active or
 * not and since when, and the family's scheme where the standard's letter depends on it. The
 * intake's step and the case screen's dialog both record it with these fields.
 */
export function BpjsFields({
  values,
  profile,
  today,
  onChange,
}: {
  values: BpjsDraft;
  profile: TrackProfile;
  today: string;
  onChange: (patch: Partial<BpjsDraft>) => void;
}) {
  const enrolled = values.segment !== 'belumTerdaftar';
  const since = isoOf(values.since);
  const months =
    values.status === 'nonActive' && since && since <= today
      ? wholeMonthsBetween(since, today)
      : undefined;
  return (
    <>
      <div className="field-grid">
        <SelectField
          field="bpjs.segment"
          label={labels.segment}
          placeholder={labels.segmentNone}
          className="span-5"
          options={segments}
          value={values.segment}
          onChange={(segment) => onChange({ segment })}
        />
        {enrolled ? (
          <DigitsField
            field="bpjs.cardNumber"
            label={labels.cardNumber}
            hint={labels.cardHint}
            className="span-7"
            length={13}
            value={values.cardNumber}
            onChange={(cardNumber) => onChange({ cardNumber })}
          />
        ) : null}
      </div>
      {enrolled ? (
        <div className="field-grid">
          <ChoiceGroup
            field="bpjs.status"
            label={labels.status}
            className="span-6"
            value={values.status}
            choices={[
              { value: 'active', label: labels.active },
              { value: 'nonActive', label: labels.nonActive },
            ]}
            onChange={(status) => onChange({ status })}
          />
          <DateField
            field="bpjs.since"
            label={values.status === 'nonActive' ? labels.sinceNonActive : labels.sinceActive}
            className="span-6"
            value={values.since}
            onChange={(value) => onChange({ since: value })}
            {...(months !== undefined ? { note: labels.nonActiveFor(months) } : {})}
          />
        </div>
      ) : null}
      {profile.asksFamilyScheme ? (
        <SelectField
          field="bpjs.familyScheme"
          label={labels.familyScheme}
          hint={labels.familySchemeHint}
          placeholder={labels.segmentNone}
          options={familySchemes}
          value={values.familyScheme}
          onChange={(familyScheme) => onChange({ familyScheme })}
        />
      ) : null}
    </>
  );
}
