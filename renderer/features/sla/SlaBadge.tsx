import type { Office } from '../../../shared/standards/schema';
import { slaView, type SlaInput } from './format';
import './sla.css';

interface SlaBadgeProps {
  sla: SlaInput;
  timeZone: Office['timeZone'];
  now: Date;
  /** Show the due time under the badge (worklists); otherwise the detail line (case screen). */
  layout?: 'due' | 'detail' | 'badge';
}

/** One SLA clock as a coloured badge with its due time in the office's zone. */
export function SlaBadge({ sla, timeZone, now, layout = 'due' }: SlaBadgeProps) {
  const view = slaView(sla, timeZone, now);
  const extra = layout === 'detail' ? view.detail : layout === 'due' ? view.when : undefined;
  return (
    <span className={`sla sla--${view.tone}`} title={view.detail}>
      <span className="sla__badge">{view.label}</span>
      {extra ? <span className="sla__when">{extra}</span> : null}
    </span>
  );
}
