import type { Priority } from '../../../shared/cases/records';
import { worklistLabels } from './labels';

/** "Darurat", "Persalinan", "Penyakit kronis": nothing for an ordinary case. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  if (priority === 'none') return null;
  return (
    <span className={`priority priority--${priority}`} title={worklistLabels.priorityHint}>
      {worklistLabels.priority[priority]}
    </span>
  );
}
