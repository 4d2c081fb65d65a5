import type { TotalsCheck } from '../../../shared/standards/totals';
import { catalogLabels } from './labels';

const labels = catalogLabels.time;

/** Shown when the published step times do not add up to the published total. */
export function TotalsNotice({
  checks,
  trackLabel,
  multiTrack,
  timeSectionNo,
}: {
  checks: readonly TotalsCheck[];
  trackLabel: (trackId: string) => string;
  multiTrack: boolean;
  /** Where the published times are, for the link. */
  timeSectionNo: number;
}) {
  const mismatches = checks.flatMap((check) => (check.status === 'mismatch' ? [check] : []));
  if (mismatches.length === 0) return null;
  const line = (check: (typeof mismatches)[number]) => (
    <>
      {multiTrack ? <strong>{labels.forTrack(trackLabel(check.track))}: </strong> : null}
      {check.message}
    </>
  );
  return (
    <div
      className="notice notice--warning no-print"
      role="status"
      aria-labelledby="waktu-tidak-cocok"
    >
      <h3 id="waktu-tidak-cocok" className="notice__title">
        {labels.mismatchTitle}
      </h3>
      {mismatches.length === 1 && mismatches[0] ? (
        <p>{line(mismatches[0])}</p>
      ) : (
        <ul className="notice__list">
          {mismatches.map((check) => (
            <li key={`${check.track}:${check.published.text}`}>{line(check)}</li>
          ))}
        </ul>
      )}
      <p className="notice__hint">
        {labels.mismatchHint}{' '}
        <a href={`#komponen-${timeSectionNo}`}>
          {labels.seeSection(timeSectionNo, catalogLabels.sections.time)}
        </a>
      </p>
    </div>
  );
}
