// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '../style';

/**
 * A code such as a letter number, which may wrap after a "/" but never inside a part:
 * react-pdf would otherwise cut an overlong word anywhere and add a hyphen to it.
 */
export function BreakableCode({ code, style }: { code: string; style?: Style }) {
  const parts = code.split(/(?<=\/)/);
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', ...style }}>
      {parts.map((part, i) => (
        <Text key={`${i}-${part}`}>{part}</Text>
      ))}
    </View>
  );
}
