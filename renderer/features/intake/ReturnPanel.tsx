import type { Requirement } from '../../../shared/standards/schema';
import type { FieldIssue } from './fieldIssue';
import { fieldId } from '../../components/form/fieldId';
import { FieldMessages } from '../../components/form/FieldMessages';
import { intakeLabels } from './labels';

const labels = intakeLabels.papers;

/** Mandatory papers missing: what goes back, and the one button that sends it back. */
export function ReturnPanel({
  missing,
  canReturn,
  busy,
  blocked,
  problems,
  onReturn,
}: {
  missing: readonly Requirement[];
  canReturn: boolean;
  busy: boolean;
  /** Why the papers cannot go back yet, with the way to fix it. */
  blocked?: { message: string; action: string; go: () => void };
  /** What the commands refused when the papers were last sent back. */
  problems: readonly FieldIssue[];
  onReturn: () => void;
}) {
  return (
    <section
      id={fieldId('papers')}
      tabIndex={-1}
      className={`intake-return ${canReturn ? '' : 'intake-return--info'}`}
      aria-labelledby="kembalikan-heading"
    >
      <h3 id="kembalikan-heading" className="intake-return__heading">
        {labels.returnHeading}
      </h3>
      <ul className="intake-return__list">
        {missing.map((requirement) => (
          <li key={requirement.id}>{requirement.label}</li>
        ))}
      </ul>
      {canReturn ? (
        <>
          <p className="intake-return__body">{labels.returnBody(missing.length)}</p>
          {blocked ? (
            <p className="intake-return__blocked">
              {blocked.message}{' '}
              <button type="button" className="button button--link" onClick={blocked.go}>
                {blocked.action}
              </button>
            </p>
          ) : null}
          <FieldMessages id={`${fieldId('papers')}-pesan`} messages={problems} />
          <button
            type="button"
            className="button button--warning"
            disabled={busy || blocked !== undefined}
            onClick={onReturn}
          >
            {busy ? labels.returning : labels.returnButton}
          </button>
        </>
      ) : (
        <p className="intake-return__body">{labels.cannotReturn}</p>
      )}
    </section>
  );
}
