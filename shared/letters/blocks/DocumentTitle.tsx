// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import { useScale } from '../scale';

/** A centred, bold, underlined title with plain lines under it (number, period). */
export function DocumentTitle({ title, lines = [] }: { title: string; lines?: readonly string[] }) {
  const scale = useScale();
  return (
    <View style={{ alignItems: 'center', textAlign: 'center', marginBottom: scale.gap * 1.25 }}>
      <Text style={{ fontWeight: 700, textDecoration: 'underline' }}>{title}</Text>
      {lines.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </View>
  );
}
