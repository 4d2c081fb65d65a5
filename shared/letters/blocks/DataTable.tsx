// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { tableCell } from '../pagination';
import { BreakableCode } from './BreakableCode';

export interface TableColumn {
  label: string;
  /** Share of the table width (flex grow). */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** The cells hold codes (letter numbers) that may wrap only after a "/". */
  code?: boolean;
  /** A cell of fixed format (a NIK) that must fit on one line: the column is made that wide. */
  sample?: string;
}

const rule = '#000000';

/**
 * A short ruled table laid out by react-pdf (the papers of a receipt, the poster's steps); a
 * row is never split across pages. Long tables are painted (`PaintedTable`).
 */
export function DataTable({
  columns,
  rows,
  fontSize,
  minRowHeight = 0,
  empty,
}: {
  columns: readonly TableColumn[];
  rows: readonly (readonly ReactNode[])[];
  fontSize: number;
  minRowHeight?: number;
  /** Shown in one row when there are no rows. */
  empty?: string;
}) {
  const cell = (column: TableColumn, last: boolean) => ({
    flexGrow: column.width,
    flexBasis: 0,
    paddingVertical: tableCell.paddingV,
    paddingHorizontal: tableCell.paddingH,
    borderColor: rule,
    borderRightWidth: last ? 0 : tableCell.rule,
    textAlign: column.align ?? 'left',
  });
  return (
    <View
      style={{
        fontSize,
        lineHeight: tableCell.lineHeight,
        borderColor: rule,
        borderWidth: tableCell.rule,
      }}
    >
      <View
        style={{
          flexDirection: 'row',
          fontWeight: 700,
          backgroundColor: '#e6e6e6',
          borderColor: rule,
          borderBottomWidth: tableCell.rule,
        }}
      >
        {columns.map((column, i) => (
          <Text
            key={column.label}
            style={{ ...cell(column, i === columns.length - 1), textAlign: 'center' }}
          >
            {column.label}
          </Text>
        ))}
      </View>
      {rows.length === 0 && empty ? (
        <Text style={{ padding: 4, textAlign: 'center' }}>{empty}</Text>
      ) : null}
      {rows.map((row, r) => (
        <View
          key={r}
          wrap={false}
          style={{
            flexDirection: 'row',
            minHeight: minRowHeight,
            borderColor: rule,
            borderBottomWidth: r === rows.length - 1 ? 0 : tableCell.rule,
          }}
        >
          {columns.map((column, i) => {
            const value = row[i];
            const style = cell(column, i === columns.length - 1);
            if (column.code && typeof value === 'string') {
              return <BreakableCode key={column.label} code={value} style={style} />;
            }
            return typeof value === 'string' || value === undefined ? (
              <Text key={column.label} style={style}>
                {value ?? ''}
              </Text>
            ) : (
              <View key={column.label} style={style}>
                {value}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
