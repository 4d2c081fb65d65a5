import { isEligible, type EligibilityFinding } from '../../../shared/standards/eligibility';
import { intakeLabels } from './labels';

const labels = intakeLabels.eligibility;
const marks = { met: '✓', notMet: '✗', unknown: '?' } as const;

/** The standard's eligibility rules applied to what has been recorded so far, live. */
export function EligibilityPanel({ findings }: { findings: readonly EligibilityFinding[] }) {
  const verdict = isEligible(findings);
  return (
    <section className="intake-eligibility" aria-labelledby="kelayakan-heading" aria-live="polite">
      <h3 id="kelayakan-heading" className="intake-eligibility__heading">
        {labels.heading}
      </h3>
      {findings.length === 0 ? (
        <p className="muted">{labels.none}</p>
      ) : (
        <>
          <ul className="intake-eligibility__list">
            {findings.map((finding) => (
              <li key={finding.code} className="intake-finding" data-result={finding.result}>
                <span className="intake-finding__mark" aria-hidden="true">
                  {marks[finding.result]}
                </span>
                <span className="intake-finding__text">
                  {finding.message}
                  <span className="visually-hidden"> ({labels[finding.result]})</span>
                </span>
              </li>
            ))}
          </ul>
          <p className="intake-eligibility__verdict" data-verdict={String(verdict)}>
            {verdict === true
              ? labels.verdictYes
              : verdict === false
                ? labels.verdictNo
                : labels.verdictUnknown}
          </p>
        </>
      )}
    </section>
  );
}
