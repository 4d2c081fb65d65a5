// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { useScale } from '../scale';

/** A justified body paragraph with the first line indented; words are never hyphenated. */
export function Paragraph({ children, indent = true }: { children: ReactNode; indent?: boolean }) {
  const scale = useScale();
  return (
    <Text
      style={{
        textAlign: 'justify',
        marginBottom: scale.gap * 0.6,
        ...(indent ? { textIndent: scale.body * 3 } : {}),
      }}
    >
      {children}
    </Text>
  );
}
