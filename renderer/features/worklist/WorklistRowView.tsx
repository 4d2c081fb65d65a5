import type { KeyboardEvent, Ref } from 'react';
import type { Office } from '../../../shared/standards/schema';
import { SlaBadge } from '../sla/SlaBadge';
import { worklistLabels } from './labels';
import { PriorityBadge } from './PriorityBadge';
import type { WorklistRow } from './worklistRows';

interface RowProps {
  row: WorklistRow;
  href: string;
  active: boolean;
  /** Hide "Giliran Anda" (an account that works no cases). */
  observer: boolean;
  timeZone: Office['timeZone'];
  now: Date;
  onFocus(): void;
  onOpen(): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>): void;
  ref?: Ref<HTMLTableRowElement>;
}

/** One case in the Beranda table; the whole row opens the case. */
export function WorklistRowView({
  row,
  href,
  active,
  observer,
  timeZone,
  now,
  onFocus,
  onOpen,
  onKeyDown,
  ref,
}: RowProps) {
  const classes = ['wl-row'];
  if (row.priority !== 'none') classes.push(`wl-row--${row.priority}`);
  if (row.myTurn && !observer) classes.push('wl-row--mine');
  return (
    <tr
      ref={ref}
      className={classes.join(' ')}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      onFocus={onFocus}
      onClick={onOpen}
      onKeyDown={onKeyDown}
    >
      <td className="wl-row__subject">
        <div className="wl-row__name">
          <a href={href} tabIndex={-1} onClick={(event) => event.stopPropagation()}>
            {row.subjectName}
          </a>
          <PriorityBadge priority={row.priority} />
        </div>
        <div className="wl-row__ids">
          {row.subjectNik ? (
            <span>
              <span className="wl-row__idlabel">{worklistLabels.nik}</span>{' '}
              <span className="code">{row.subjectNik}</span>
            </span>
          ) : (
            <span className="muted">{worklistLabels.noNik}</span>
          )}
          {!row.subjectNik && row.subjectKk ? (
            <span>
              <span className="wl-row__idlabel">{worklistLabels.kk}</span>{' '}
              <span className="code">{row.subjectKk}</span>
            </span>
          ) : null}
        </div>
      </td>
      <td className="wl-row__service">
        <div>{row.serviceLabel}</div>
        <div className="wl-row__code code">{row.serviceCode}</div>
      </td>
      <td className="wl-row__step">
        <div title={row.stepText}>{row.stepLabel}</div>
        {row.myTurn && !observer ? (
          <span className="tag tag--strong">{worklistLabels.yourTurn}</span>
        ) : row.turnRole && row.status === 'open' ? (
          <span className="wl-row__waiting">
            {worklistLabels.waitingFor(worklistLabels.roles[row.turnRole])}
          </span>
        ) : null}
      </td>
      <td className="wl-row__status">{worklistLabels.statuses[row.status]}</td>
      <td className="wl-row__due">
        {row.sla ? <SlaBadge sla={row.sla} timeZone={timeZone} now={now} /> : null}
      </td>
    </tr>
  );
}
