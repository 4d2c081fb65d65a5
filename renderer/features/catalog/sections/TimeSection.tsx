import type { ServiceStandard } from '../../../../shared/standards/schema';
import { formatStepTotals, type TotalsCheck } from '../../../../shared/standards/totals';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.time;

export function TimeSection({
  n,
  standard,
  checks,
  trackLabel,
}: {
  n: number;
  standard: ServiceStandard;
  checks: readonly TotalsCheck[];
  trackLabel: (trackId: string) => string;
}) {
  const multiTrack = standard.tracks.length > 1;
  return (
    <ComponentRow n={n} title={catalogLabels.sections.time}>
      {standard.completionTimes.length === 0 ? (
        <p className="muted">{labels.none}</p>
      ) : (
        <ul className="plain-list times">
          {standard.completionTimes.map((time) => (
            <li key={`${time.track ?? ''}:${time.text}`} className="time">
              <span className="time__text">{time.text}</span>{' '}
              <span className="tag">
                {time.scope === 'counter' ? labels.scopeCounter : labels.scopeService}
              </span>
              {time.track && multiTrack ? (
                <>
                  {' '}
                  <span className="tag">{labels.forTrack(trackLabel(time.track))}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <StepSums checks={checks} trackLabel={trackLabel} multiTrack={multiTrack} />
    </ComponentRow>
  );
}

/** The sum of the step times, next to each total it was compared with. */
function StepSums({
  checks,
  trackLabel,
  multiTrack,
}: {
  checks: readonly TotalsCheck[];
  trackLabel: (trackId: string) => string;
  multiTrack: boolean;
}) {
  const compared = checks.filter((check) => check.status !== 'notComparable');
  if (compared.length === 0) return null;
  return (
    <ul className="plain-list step-sums">
      {compared.map((check) => {
        const parts = formatStepTotals(check.steps);
        return (
          <li
            key={`${check.track}:${check.published.text}`}
            className={check.status === 'mismatch' ? 'step-sum step-sum--mismatch' : 'step-sum'}
          >
            {labels.stepSum}
            {multiTrack ? ` (${trackLabel(check.track)})` : ''}: {parts}
            {check.steps.untimed.length > 0
              ? `, ${labels.untimed(check.steps.untimed.length)}`
              : ''}
            {check.status === 'mismatch' ? (
              <>
                {' '}
                <span className="tag tag--warning">{labels.mismatchTag}</span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
