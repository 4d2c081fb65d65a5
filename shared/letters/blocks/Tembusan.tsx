// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import { letterLabels } from '../labels';
import { useScale } from '../scale';
import { NumberedList } from './NumberedList';

/** "Tembusan:" and the numbered list of those who get a copy. */
export function Tembusan({ items }: { items: readonly string[] }) {
  const scale = useScale();
  if (items.length === 0) return null;
  return (
    <View
      style={{ fontSize: scale.small, lineHeight: 1.15, marginTop: scale.gap * 0.5 }}
      wrap={false}
    >
      <Text style={{ textDecoration: 'underline' }}>{letterLabels.tembusan.heading}</Text>
      <NumberedList items={items} fontSize={scale.small} separator=";" last="." />
    </View>
  );
}
