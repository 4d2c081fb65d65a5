import { ActionOutcomeLine } from './ActionOutcomeLine';
import type { ActionOutcome } from './caseStore';
import type { CaseAction, CaseActions } from './caseActions';
import { caseLabels } from './labels';

/** Actions that need nothing typed: one click records them. */
const direct: Partial<Record<CaseAction, 'station' | 'none'>> = {
  'case.completeStep': 'station',
  'case.submitForParaf': 'station',
  'case.paraf': 'station',
  'case.sign': 'station',
  'case.handOver': 'station',
  'case.resubmit': 'none',
};

const closing: readonly CaseAction[] = ['case.decline', 'case.cancel'];

interface ActionBarProps {
  actions: CaseActions;
  /** The case is closed: its notice says so, no "no action" line is needed. */
  closed: boolean;
  stationId: string | null;
  running: CaseAction | null;
  /** The last answer, when it belongs to no open dialog. */
  outcome: ActionOutcome | null;
  onRun(action: CaseAction, payload: Record<string, unknown>): void;
  onDialog(action: CaseAction): void;
}

/** The buttons this person may press now; the step's own work first. Notes have their own box. */
export function ActionBar({
  actions,
  closed,
  stationId,
  running,
  outcome,
  onRun,
  onDialog,
}: ActionBarProps) {
  const press = (action: CaseAction) => {
    const kind = direct[action];
    if (kind === 'station') onRun(action, { stationId });
    else if (kind === 'none') onRun(action, {});
    else onDialog(action);
  };
  const button = (action: CaseAction, strong: boolean) => (
    <button
      key={action}
      type="button"
      className={`button ${strong ? 'button--primary' : closing.includes(action) ? 'button--danger' : 'button--secondary'}`}
      disabled={running !== null}
      onClick={() => press(action)}
    >
      {running === action ? caseLabels.actions.working : caseLabels.actions.names[action]}
    </button>
  );
  const secondary = actions.secondary.filter((action) => action !== 'case.addNote');
  const none = !closed && actions.primary.length === 0 && secondary.length === 0;
  return (
    <section className="case-actions" aria-label={caseLabels.actions.heading}>
      {none ? <p className="muted">{caseLabels.actions.none}</p> : null}
      <div className="case-actions__buttons">
        {actions.primary.map((action, index) => button(action, index === 0))}
        {actions.primary.length > 0 && secondary.length > 0 ? (
          <span className="case-actions__gap" aria-hidden="true" />
        ) : null}
        {secondary.map((action) => button(action, false))}
      </div>
      <div aria-live="polite">
        {outcome && outcome.action !== 'case.addNote' ? (
          <ActionOutcomeLine outcome={outcome} />
        ) : null}
      </div>
    </section>
  );
}
