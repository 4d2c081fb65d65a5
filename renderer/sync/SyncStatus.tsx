import { syncLabels } from './labels';
import { syncNow, useSync } from './syncSession';
import { syncSummary } from './syncSummary';
import './sync.css';

const m = syncLabels.status;

/**
 * The sync line: last sync, ops waiting, progress while running, and the button; in the dark
 * header, or on a light panel (`onPanel`).
 */
export function SyncStatus({ onPanel = false }: { onPanel?: boolean }) {
  const view = useSync();
  const summary = syncSummary(view);
  return (
    <div className={`sync-status sync-status--${summary.tone}`} role="group" aria-label={m.region}>
      <span className="sync-status__line" role="status" aria-live="polite">
        {summary.line}
      </span>
      {summary.warnings.length > 0 ? (
        <span className="sync-status__warning" role="alert" title={summary.warnings.join('\n')}>
          {summary.warnings[0]}
        </span>
      ) : null}
      {view.enrolment ? (
        <button
          type="button"
          className={onPanel ? 'button button--secondary' : 'header-button'}
          disabled={view.state.running}
          onClick={() => void syncNow()}
        >
          {m.syncNow}
        </button>
      ) : null}
    </div>
  );
}
