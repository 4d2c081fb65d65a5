// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '../style';
import { BreakableCode } from './BreakableCode';

export interface FieldRow {
  label: string;
  value: string;
  /** Bold value (the subject's name). */
  strong?: boolean;
  /** A code that may wrap only after a "/" (the letter number). */
  code?: boolean;
}

/** "Label : value" rows with the colons aligned; a long value wraps under itself. */
export function FieldRows({
  rows,
  labelWidth,
  style,
}: {
  rows: readonly FieldRow[];
  labelWidth: number;
  style?: Style;
}) {
  return (
    <View style={style}>
      {rows.map((row) => (
        <View key={row.label} style={{ flexDirection: 'row' }} wrap={false}>
          <Text style={{ width: labelWidth }}>{row.label}</Text>
          <Text style={{ width: 10 }}>:</Text>
          {row.code ? (
            <BreakableCode code={row.value} style={{ flex: 1 }} />
          ) : (
            <Text style={{ flex: 1, ...(row.strong ? { fontWeight: 700 } : {}) }}>{row.value}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
