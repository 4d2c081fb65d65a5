import type { KeyboardEvent, Ref } from 'react';
import type { Office } from '../../../shared/standards/schema';
import { stepName } from '../case/stepName';
import { SlaBadge } from '../sla/SlaBadge';
import { formatInstant } from '../sla/format';
import { PriorityBadge } from '../worklist/PriorityBadge';
import type { InboxItem } from './inboxItems';
import { inboxLabels } from './labels';

interface InboxItemViewProps {
  item: InboxItem;
  href: string;
  active: boolean;
  busy: boolean;
  working: boolean;
  timeZone: Office['timeZone'];
  now: Date;
  onFocus(): void;
  onApprove(): void;
  onSendBack(): void;
  onKeyDown(event: KeyboardEvent<HTMLLIElement>): void;
  ref?: Ref<HTMLLIElement>;
}

/** One draft waiting for this person: who it is for, which paraf or signature, and the two answers. */
export function InboxItemView({
  item,
  href,
  active,
  busy,
  working,
  timeZone,
  now,
  onFocus,
  onApprove,
  onSendBack,
  onKeyDown,
  ref,
}: InboxItemViewProps) {
  const { record, station, kind, visit } = item;
  const given = record.workflow.parafs.map((paraf) => paraf.position);
  const since = visit ? formatInstant(visit.startedAt, timeZone, now) : undefined;
  return (
    <li
      ref={ref}
      className={`inbox-item${record.priority === 'none' ? '' : ` inbox-item--${record.priority}`}`}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <span className={`inbox-item__kind inbox-item__kind--${kind}`}>
        {inboxLabels.kinds[kind]}
      </span>
      <div className="inbox-item__main">
        <p className="inbox-item__name">
          {record.subjectName} <PriorityBadge priority={record.priority} />
          <span className="inbox-item__nik">
            {inboxLabels.nik}{' '}
            {record.subjectNik ? (
              <span className="code">{record.subjectNik}</span>
            ) : (
              inboxLabels.noNik
            )}
          </span>
        </p>
        <p className="inbox-item__what">
          {item.serviceLabel} · <strong>{stepName(station)}</strong>
        </p>
        <p className="inbox-item__meta">
          {[
            given.length > 0 ? inboxLabels.parafsGiven(given.join(', ')) : undefined,
            since ? inboxLabels.waitingSince(since) : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div className="inbox-item__sla">
        {visit ? <SlaBadge sla={visit} timeZone={timeZone} now={now} /> : null}
      </div>
      <div className="inbox-item__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={onApprove}
        >
          {working ? inboxLabels.working : inboxLabels.approve[kind]}
          <kbd className="inbox-item__key">{inboxLabels.approveKey}</kbd>
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={onSendBack}
        >
          {inboxLabels.sendBack}
          <kbd className="inbox-item__key">{inboxLabels.sendBackKey}</kbd>
        </button>
        <a className="button button--link" href={href}>
          {inboxLabels.open}
        </a>
      </div>
    </li>
  );
}
