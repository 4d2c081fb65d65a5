import { wholeMonthsBetween } from '../../../shared/cases/dateSpans';
import { bpjsSegmentSchema, type BpjsSegment } from '../../../shared/standards/schema';
import { ChoiceGroup } from './ChoiceGroup';
import { DigitsField } from './DigitsField';
import type { IntakeDraft } from './draft';
import { EligibilityPanel } from './EligibilityPanel';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import type { DraftReview } from './reviewDraft';
import { bpjsFilled } from './sections';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { TrackProfile } from './trackProfile';
import { isoOf } from './typedDate';

const labels = intakeLabels.bpjs;
const segments = bpjsSegmentSchema.options.map((segment: BpjsSegment) => ({
  value: segment,
  label: intakeLabels.segments[segment],
}));
/** The schemes a family can be in for a newborn letter (PBI-JK → BPJS, JKSS → Dinkes). */
const familySchemes = segments.filter((segment) => segment.value !== 'belumTerdaftar');

export function BpjsStep({
  draft,
  profile,
  review,
  today,
  setBpjs,
}: {
  draft: IntakeDraft;
  profile: TrackProfile;
  review: DraftReview;
  today: string;
  setBpjs: IntakeState['setBpjs'];
}) {
  const { bpjs } = draft;
  const enrolled = bpjs.segment !== 'belumTerdaftar';
  const since = isoOf(bpjs.since);
  const months =
    bpjs.status === 'nonActive' && since && since <= today
      ? wholeMonthsBetween(since, today)
      : undefined;
  return (
    <div className="intake-columns">
      <section className="intake-panel" aria-labelledby="bpjs-heading">
        <h3 id="bpjs-heading" className="intake-panel__heading">
          {labels.heading}
        </h3>
        {profile.bpjsRequired ? null : (
          <p className="intake-note">
            {labels.notRequired}
            {bpjsFilled(draft) ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() =>
                    setBpjs({
                      cardNumber: '',
                      segment: '',
                      status: '',
                      since: '',
                      familyScheme: '',
                    })
                  }
                >
                  {labels.clear}
                </button>
              </>
            ) : null}
          </p>
        )}
        {profile.newborn ? <p className="intake-note">{labels.newbornHint}</p> : null}
        <div className="intake-grid">
          <SelectField
            field="bpjs.segment"
            label={labels.segment}
            placeholder={labels.segmentNone}
            className="intake-span-5"
            options={segments}
            value={bpjs.segment}
            onChange={(segment) => setBpjs({ segment })}
          />
          {enrolled ? (
            <DigitsField
              field="bpjs.cardNumber"
              label={labels.cardNumber}
              hint={labels.cardHint}
              className="intake-span-7"
              length={13}
              value={bpjs.cardNumber}
              onChange={(cardNumber) => setBpjs({ cardNumber })}
            />
          ) : null}
        </div>
        {enrolled ? (
          <div className="intake-grid">
            <ChoiceGroup
              field="bpjs.status"
              legend={labels.status}
              className="intake-span-6"
              value={bpjs.status}
              choices={[
                { value: 'active', label: labels.active },
                { value: 'nonActive', label: labels.nonActive },
              ]}
              onChange={(status) => setBpjs({ status })}
            />
            <TextField
              field="bpjs.since"
              label={bpjs.status === 'nonActive' ? labels.sinceNonActive : labels.sinceActive}
              placeholder={intakeLabels.person.dateHint}
              className="intake-span-6"
              inputMode="numeric"
              autoComplete="off"
              value={bpjs.since}
              onChange={(value) => setBpjs({ since: value })}
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
            value={bpjs.familyScheme}
            onChange={(familyScheme) => setBpjs({ familyScheme })}
          />
        ) : null}
      </section>
      <EligibilityPanel findings={review.findings} />
    </div>
  );
}
