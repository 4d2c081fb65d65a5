import type { Office } from '../../../shared/standards/schema';
import { formatInstant } from '../sla/format';
import type { StaffName } from './caseSource';
import type { HistoryItem } from './historyLog';
import { caseLabels } from './labels';
import { staffName } from './staffName';

/** Who did what and when, newest first. */
export function HistoryList({
  items,
  staff,
  timeZone,
  now,
}: {
  items: readonly HistoryItem[];
  staff: ReadonlyMap<string, StaffName>;
  timeZone: Office['timeZone'];
  now: Date;
}) {
  if (items.length === 0) return <p className="muted">{caseLabels.history.empty}</p>;
  return (
    <ol className="history">
      {items.map((item, index) => (
        <li key={`${item.at}:${index}`} className="history__item">
          <div className="history__head">
            <span className="history__title">{item.title}</span>
            <span className="history__meta">
              {staffName(staff, item.userId)} · {formatInstant(new Date(item.at), timeZone, now)}
            </span>
          </div>
          {item.details.map((detail) => (
            <p key={detail} className="history__detail">
              {detail}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
