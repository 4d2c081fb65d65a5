// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import { letterLabels } from '../labels';
import { useScale } from '../scale';

const labels = letterLabels.paraf;
const line = '#000000';

/** The paraf chain as a small table: number, post and an empty box for the initials. */
export function ParafBoxes({ positions }: { positions: readonly string[] }) {
  const scale = useScale();
  if (positions.length === 0) return null;
  const cell = { borderColor: line, borderRightWidth: 0.6, padding: 2, paddingLeft: 3 };
  const row = (no: string, position: string, initials: string, bold: boolean, key: string) => (
    <View
      key={key}
      style={{
        flexDirection: 'row',
        borderColor: line,
        borderBottomWidth: 0.6,
        minHeight: bold ? 0 : scale.small * 1.8,
        ...(bold ? { fontWeight: 700 } : {}),
      }}
    >
      <Text style={{ ...cell, width: scale.small * 2.2 }}>{no}</Text>
      <Text style={{ ...cell, flex: 1 }}>{position}</Text>
      <Text style={{ ...cell, width: scale.small * 4.2, borderRightWidth: 0 }}>{initials}</Text>
    </View>
  );
  return (
    <View
      style={{
        fontSize: scale.small * 0.85,
        lineHeight: 1.1,
        borderColor: line,
        borderTopWidth: 0.6,
        borderLeftWidth: 0.6,
        borderRightWidth: 0.6,
      }}
      wrap={false}
    >
      {row(labels.no, labels.position, labels.initials, true, 'head')}
      {positions.map((position, i) => row(`${i + 1}.`, position, '', false, position))}
    </View>
  );
}
