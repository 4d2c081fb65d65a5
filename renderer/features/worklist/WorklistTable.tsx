import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Office } from '../../../shared/standards/schema';
import { worklistLabels } from './labels';
import { nextRow } from './rowKeys';
import { WorklistRowView } from './WorklistRowView';
import type { WorklistRow } from './worklistRows';

interface WorklistTableProps {
  rows: readonly WorklistRow[];
  caption: string;
  observer: boolean;
  timeZone: Office['timeZone'];
  now: Date;
  hrefOf(caseId: string): string;
  onOpen(caseId: string): void;
  /** The row to put the keyboard on when the table appears (the case visited last). */
  focusId?: string | null;
  /** PageUp/PageDown beyond the first or last row: the previous or next page. */
  onPage?(step: -1 | 1): void;
  ref?: Ref<HTMLTableSectionElement>;
}

/**
 * The cases as a table the keyboard can drive: one row is in the tab order, the
 * arrow keys move through the rows, Enter opens the case.
 */
export function WorklistTable({
  rows,
  focusId,
  caption,
  observer,
  timeZone,
  now,
  hrefOf,
  onOpen,
  onPage,
  ref,
}: WorklistTableProps) {
  const [active, setActive] = useState(() =>
    Math.max(
      rows.findIndex((row) => row.id === focusId),
      0,
    ),
  );
  const rowRefs = useRef<Array<HTMLTableRowElement | null>>([]);
  const current = Math.min(active, Math.max(rows.length - 1, 0));
  const returnedTo = useRef(false);
  useEffect(() => {
    if (returnedTo.current || !focusId) return;
    const index = rows.findIndex((row) => row.id === focusId);
    if (index >= 0) rowRefs.current[index]?.focus();
    returnedTo.current = true;
  }, [rows, focusId]);

  const onKeyDown =
    (index: number, caseId: string) => (event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        onOpen(caseId);
        return;
      }
      if (onPage && event.key === 'PageDown' && index === rows.length - 1) {
        event.preventDefault();
        onPage(1);
        return;
      }
      if (onPage && event.key === 'PageUp' && index === 0) {
        event.preventDefault();
        onPage(-1);
        return;
      }
      const next = nextRow(index, event.key, rows.length);
      if (next === undefined) return;
      event.preventDefault();
      setActive(next);
      rowRefs.current[next]?.focus();
    };

  return (
    <table className="wl-table" aria-label={worklistLabels.tableLabel}>
      <caption className="wl-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="wl-table__subject">
            {worklistLabels.columns.subject}
          </th>
          <th scope="col" className="wl-table__service">
            {worklistLabels.columns.service}
          </th>
          <th scope="col" className="wl-table__step">
            {worklistLabels.columns.step}
          </th>
          <th scope="col" className="wl-table__status">
            {worklistLabels.columns.status}
          </th>
          <th scope="col" className="wl-table__due">
            {worklistLabels.columns.due}
          </th>
        </tr>
      </thead>
      <tbody ref={ref}>
        {rows.map((row, index) => (
          <WorklistRowView
            key={row.id}
            ref={(element) => {
              rowRefs.current[index] = element;
            }}
            row={row}
            href={hrefOf(row.id)}
            active={index === current}
            observer={observer}
            timeZone={timeZone}
            now={now}
            onFocus={() => setActive(index)}
            onOpen={() => onOpen(row.id)}
            onKeyDown={onKeyDown(index, row.id)}
          />
        ))}
      </tbody>
    </table>
  );
}
