// @jsxRuntime automatic
import type { TableColumn } from '../blocks/DataTable';
import { DocumentTitle } from '../blocks/DocumentTitle';
import { letterLabels } from '../labels';
import { LetterDocument, type LetterElement } from '../LetterDocument';
import { plainText } from '../plainText';
import { monthText } from '../months';
import { fitColumns, titleHeight } from '../pagination';
import { contentBox } from '../paper';
import { defaultBodySize, scaleFor } from '../scale';
import type { LetterOffice } from '../types';
import { shortDate } from './rekapBnba';
import { cutTable, TablePages, type TableLayout } from './TablePages';

const labels = letterLabels.dispatch;

/** One letter sent out, as the dispatch book records it. */
export interface DispatchEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  number: string;
  addressee: string;
  subject: string;
  /** Who took the letter, when already known; otherwise written by hand. */
  receiver?: string;
}

export interface DispatchBookInput {
  office: LetterOffice;
  /** `YYYY-MM`. */
  month: string;
  /** When the page is printed (the PDF's date). */
  issueDate: string;
  entries: readonly DispatchEntry[];
}

const columns: TableColumn[] = [
  { label: labels.columns.no, width: 0, align: 'right', sample: '000' },
  { label: labels.columns.date, width: 0, sample: '00-00-0000' },
  { label: labels.columns.number, width: 18, code: true },
  { label: labels.columns.addressee, width: 18 },
  { label: labels.columns.subject, width: 22 },
  { label: labels.columns.receiver, width: 14 },
  { label: labels.columns.signature, width: 12 },
];

/**
 * The dispatch book (buku ekspedisi): every letter sent in the month, with room for the
 * receiver's name and signature; as many portrait pages as it takes.
 */
export function bukuEkspedisi(raw: DispatchBookInput): LetterElement {
  const input = plainText(raw);
  const scale = scaleFor(defaultBodySize);
  const titleLines = [input.office.fullName, labels.period(monthText(input.month))];
  const { width } = contentBox(input.office.paperSize, input.office.marginsMm);
  const fontSize = scale.small * 0.85;
  const table: TableLayout = {
    columns: fitColumns(columns, width, fontSize),
    fontSize,
    minRowHeight: scale.body * 2.6,
    empty: labels.empty,
    rows: input.entries.map((entry, i) => [
      `${i + 1}`,
      shortDate(entry.date),
      entry.number,
      entry.addressee,
      entry.subject,
      entry.receiver ?? '',
      '',
    ]),
  };
  const head = titleHeight(labels.title, titleLines, scale, width);
  const { grid, pages } = cutTable(input.office, 'portrait', table, { head, tail: 0 });
  return (
    <LetterDocument
      meta={{
        title: `${labels.title} ${monthText(input.month)}`,
        author: input.office.fullName,
        issueDate: input.issueDate,
      }}
      fit="flow"
      expectedPages={pages.length}
    >
      <TablePages
        office={input.office}
        orientation="portrait"
        grid={grid}
        pages={pages}
        empty={table.empty}
        head={<DocumentTitle title={labels.title} lines={titleLines} />}
      />
    </LetterDocument>
  );
}
