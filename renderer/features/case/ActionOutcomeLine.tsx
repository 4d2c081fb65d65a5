import type { ActionOutcome } from './caseStore';
import { caseLabels } from './labels';

/** The answer to the last action: the refusal in Indonesian, or a confirmation with the warnings. */
export function ActionOutcomeLine({ outcome }: { outcome: ActionOutcome }) {
  if (!outcome.ok) {
    return (
      <div className="case-actions__result case-actions__result--error" role="alert">
        {outcome.errors.map((error) => (
          <p key={`${error.code}:${error.message}`}>{caseLabels.actions.failed(error.message)}</p>
        ))}
      </div>
    );
  }
  return (
    <div className="case-actions__result">
      <p>{caseLabels.actions.done[outcome.action]}</p>
      {outcome.warnings.length > 0 ? (
        <div className="notice notice--warning">
          <p className="notice__title">{caseLabels.actions.warnings}</p>
          <ul className="notice__list">
            {outcome.warnings.map((warning) => (
              <li key={`${warning.code}:${warning.message}`}>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
