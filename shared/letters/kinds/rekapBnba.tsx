// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { View } from '@react-pdf/renderer';
import type { TableColumn } from '../blocks/DataTable';
import { DocumentTitle } from '../blocks/DocumentTitle';
import { Kop } from '../blocks/Kop';
import { SignatureBlock } from '../blocks/SignatureBlock';
import { letterLabels } from '../labels';
import { LetterDocument, type LetterElement } from '../LetterDocument';
import { plainText } from '../plainText';
import { monthText } from '../months';
import { fitColumns, kopHeight, signatureHeight, titleHeight } from '../pagination';
import { contentBox } from '../paper';
import { defaultBodySize, scaleFor, useScale } from '../scale';
import type { LetterOffice, LetterSigner } from '../types';
import type { TableGrid } from '../tableGrid';
import { cutTable, TablePages, type TableLayout } from './TablePages';

const labels = letterLabels.bnba;

/** One person of the month's list, as BPJS reads it (by name, by address). */
export interface BnbaRow {
  nik?: string;
  kk?: string;
  name: string;
  sex: 'male' | 'female';
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** Street and RT/RW. */
  address: string;
  village: string;
  /** "DTSEN desil 2". */
  registry?: string;
  cardNumber?: string;
  /** "PBI APBN". */
  segment?: string;
  letterNumber?: string;
}

export interface BnbaInput {
  office: LetterOffice;
  /** `YYYY-MM`. */
  month: string;
  issueDate: string;
  /** The service the list is for. */
  service?: string;
  rows: readonly BnbaRow[];
  signer?: LetterSigner;
}

const digits = (n: number) => '0'.repeat(n);

const columns: TableColumn[] = [
  { label: labels.columns.no, width: 0, align: 'right', sample: '000' },
  { label: labels.columns.nik, width: 0, sample: digits(16) },
  { label: labels.columns.kk, width: 0, sample: digits(16) },
  { label: labels.columns.name, width: 16 },
  { label: labels.columns.sex, width: 0, align: 'center', sample: 'L/P' },
  { label: labels.columns.birthDate, width: 0, sample: '00-00-0000' },
  { label: labels.columns.address, width: 15 },
  { label: labels.columns.village, width: 10 },
  { label: labels.columns.registry, width: 8 },
  { label: labels.columns.card, width: 0, sample: digits(13) },
  { label: labels.columns.segment, width: 7 },
  { label: labels.columns.letter, width: 15, code: true },
];

/** `2026-07-21` → "21-07-2026", the short date of tables. */
export const shortDate = (iso: string) => iso.split('-').reverse().join('-');

function BnbaPages({ input, layout }: { input: BnbaInput; layout: BnbaLayout }) {
  const scale = useScale();
  return (
    <TablePages
      office={input.office}
      orientation="landscape"
      grid={layout.grid}
      pages={layout.pages}
      empty={layout.empty}
      head={
        <>
          <Kop letterhead={input.office.letterhead} />
          <DocumentTitle title={labels.title} lines={layout.titleLines} />
        </>
      }
      tail={
        input.signer ? (
          <View style={{ flexDirection: 'row', marginTop: scale.gap * 1.5 }} wrap={false}>
            <View style={{ width: '62%' }} />
            <View style={{ width: '38%' }}>
              <SignatureBlock
                city={input.office.city}
                region={input.office.region}
                date={input.issueDate}
                signer={input.signer}
              />
            </View>
          </View>
        ) : undefined
      }
    />
  );
}

interface BnbaLayout {
  grid: TableGrid;
  empty: string;
  titleLines: string[];
  pages: number[][];
}

/** The table, its title lines and the rows of each page, cut by the text-width estimate. */
function bnbaLayout(input: BnbaInput): BnbaLayout {
  const scale = scaleFor(defaultBodySize);
  const blank = labels.blank;
  const { width } = contentBox(input.office.paperSize, input.office.marginsMm, 'landscape');
  const fontSize = scale.small * 0.75;
  const table: TableLayout = {
    columns: fitColumns(columns, width, fontSize),
    fontSize,
    empty: labels.empty,
    rows: input.rows.map((row, i) => [
      `${i + 1}`,
      row.nik ?? blank,
      row.kk ?? blank,
      row.name,
      letterLabels.sexShort[row.sex],
      shortDate(row.birthDate),
      row.address,
      row.village,
      row.registry ?? blank,
      row.cardNumber ?? blank,
      row.segment ?? blank,
      row.letterNumber ?? blank,
    ]),
  };
  const titleLines = [
    labels.period(monthText(input.month)),
    ...(input.service ? [labels.service(input.service)] : []),
    labels.count(input.rows.length),
  ];
  const head =
    kopHeight(input.office.letterhead, scale, width) +
    titleHeight(labels.title, titleLines, scale, width);
  const tail = input.signer ? signatureHeight(scale) : 0;
  return {
    titleLines,
    empty: table.empty,
    ...cutTable(input.office, 'landscape', table, { head, tail }),
  };
}

/** The month's BNBA recap for BPJS: a landscape table over as many pages as it needs. */
export function rekapBnba(raw: BnbaInput): LetterElement {
  const input = plainText(raw);
  const title = `${labels.title} ${monthText(input.month)}`;
  const layout = bnbaLayout(input);
  return (
    <LetterDocument
      meta={{ title, author: input.office.fullName, issueDate: input.issueDate }}
      fit="flow"
      expectedPages={layout.pages.length}
    >
      <BnbaPages input={input} layout={layout} />
    </LetterDocument>
  );
}
