import { stepIds } from './draft';
import { stepOfField, type FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';

/** Issues grouped by step, each with what it is about and a link to the field. */
export function IssueList({
  issues,
  contextOf,
  onFix,
}: {
  issues: readonly FieldIssue[];
  /** What a field belongs to ("Pemohon", a paper's name), when the message does not say. */
  contextOf: (field: string) => string;
  onFix?: (field: string) => void;
}) {
  const groups = stepIds
    .map((step) => [step, issues.filter((issue) => stepOfField(issue.field) === step)] as const)
    .filter(([, list]) => list.length > 0);
  return (
    <div className="intake-issues">
      {groups.map(([step, list]) => (
        <div key={step} className="intake-issues__group">
          <h4 className="intake-issues__step">{intakeLabels.steps[step]}</h4>
          <ul className="intake-issues__list">
            {list.map((issue) => {
              const context = contextOf(issue.field);
              return (
                <li key={`${issue.field}:${issue.message}`} className="intake-issues__item">
                  <span className="intake-issues__message">
                    {context ? <strong>{context}: </strong> : null}
                    {issue.message}
                  </span>
                  {onFix && issue.field ? (
                    <button
                      type="button"
                      className="button button--link"
                      onClick={() => onFix(issue.field)}
                    >
                      {intakeLabels.summary.fix}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
