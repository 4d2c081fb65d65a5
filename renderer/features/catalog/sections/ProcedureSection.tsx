import type {
  Office,
  ServiceStandard,
  Step,
  StepTarget,
  Track,
} from '../../../../shared/standards/schema';
import { formatStepTarget } from '../../../../shared/standards/duration';
import { describeCondition } from '../conditionText';
import { joinWords } from '../format';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.procedure;

export function ProcedureSection({
  n,
  standard,
  office,
}: {
  n: number;
  standard: ServiceStandard;
  office: Office;
}) {
  const multiTrack = standard.tracks.length > 1;
  const targetText = (target: StepTarget) =>
    target.kind === 'monthlyCutoff'
      ? `${formatStepTarget(target)} ${labels.cutoffDays(joinWords(office.cutoffDays.map(String), catalogLabels.conditions.and))}`
      : formatStepTarget(target);
  return (
    <ComponentRow n={n} title={catalogLabels.sections.procedure}>
      {standard.tracks.map((track, i) => (
        <TrackSteps
          key={track.id}
          track={track}
          heading={labels.trackHeading(i + 1, track.label)}
          showHeading={multiTrack}
          targetText={targetText}
        />
      ))}
    </ComponentRow>
  );
}

function TrackSteps({
  track,
  heading,
  showHeading,
  targetText,
}: {
  track: Track;
  heading: string;
  showHeading: boolean;
  targetText: (target: StepTarget) => string;
}) {
  const headingId = `alur-${track.id}`;
  return (
    <div className="track">
      {showHeading ? (
        <h4 className="track__heading" id={headingId}>
          {heading}
        </h4>
      ) : null}
      <table
        className="steps"
        aria-label={showHeading ? undefined : heading}
        aria-labelledby={showHeading ? headingId : undefined}
      >
        <thead>
          <tr>
            <th scope="col" className="steps__no">
              {labels.columns.no}
            </th>
            <th scope="col">{labels.columns.step}</th>
            <th scope="col" className="steps__actor">
              {labels.columns.actor}
            </th>
            <th scope="col" className="steps__time">
              {labels.columns.time}
            </th>
          </tr>
        </thead>
        <tbody>
          {track.steps.map((step, i) => (
            <StepRow key={step.id} step={step} no={i + 1} targetText={targetText} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StepRow({
  step,
  no,
  targetText,
}: {
  step: Step;
  no: number;
  targetText: (target: StepTarget) => string;
}) {
  return (
    <tr className={step.implied ? 'step step--implied' : 'step'}>
      <td className="steps__no">{no}</td>
      <td>
        <p className="step__label">
          {step.label}
          {step.implied ? <span className="step__implied"> {labels.implied}</span> : null}
        </p>
        {step.parafChain ? (
          <div className="step__extra">
            <span className="step__term" id={`paraf-${step.id}`}>
              {labels.parafChain}:
            </span>
            <ol className="paraf-chain" aria-labelledby={`paraf-${step.id}`}>
              {step.parafChain.map((slot) => (
                <li key={slot.position}>{slot.position}</li>
              ))}
            </ol>
          </div>
        ) : null}
        {step.signers ? (
          <p className="step__extra">
            <span className="step__term">{labels.signers}:</span>{' '}
            {joinWords(step.signers, labels.signersJoin)}
          </p>
        ) : null}
        {step.branches?.map((branch) => (
          <p className="step__branch" key={`${branch.then}-${branch.label}`}>
            <span className="step__term">
              {labels.branch} {describeCondition(branch.when)}:
            </span>{' '}
            {branch.label}
            {branch.target ? ` (${labels.branchTime(targetText(branch.target))})` : null}{' '}
            <span className="tag tag--outcome">
              {branch.then === 'refer' && branch.referTo
                ? labels.referTo(branch.referTo)
                : labels.branchThen[branch.then]}
            </span>
          </p>
        ))}
      </td>
      <td className="steps__actor">{catalogLabels.actors[step.actor]}</td>
      <td className={step.target.kind === 'none' ? 'steps__time muted' : 'steps__time'}>
        {targetText(step.target)}
      </td>
    </tr>
  );
}
