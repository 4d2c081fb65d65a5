// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import { useScale } from '../scale';

/** "1. …;" items with the text hanging under itself, justified. */
export function NumberedList({
  items,
  fontSize,
  separator = ';',
  last = '',
}: {
  items: readonly string[];
  fontSize?: number;
  /** Put after every item but the last. */
  separator?: string;
  last?: string;
}) {
  const scale = useScale();
  const size = fontSize ?? scale.body;
  return (
    <View style={{ fontSize: size, lineHeight: scale.leading }}>
      {items.map((item, i) => (
        <View key={`${i}-${item}`} style={{ flexDirection: 'row' }} wrap={false}>
          <Text style={{ width: size * 1.6 }}>{`${i + 1}.`}</Text>
          <Text style={{ flex: 1, textAlign: 'justify' }}>
            {`${item}${i === items.length - 1 ? last : separator}`}
          </Text>
        </View>
      ))}
    </View>
  );
}
