// @jsxRuntime automatic
import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { useScale } from '../scale';

/** A numbered section of the poster: a dark band with the heading, then its content. */
export function PosterSection({
  number,
  title,
  children,
}: {
  number: number;
  title: string;
  children: ReactNode;
}) {
  const scale = useScale();
  return (
    <View style={{ marginBottom: scale.gap * 0.75 }}>
      <Text
        minPresenceAhead={scale.body * 3}
        style={{
          backgroundColor: '#1f3a5f',
          color: '#ffffff',
          fontWeight: 700,
          paddingVertical: 2,
          paddingHorizontal: 4,
          marginBottom: 3,
        }}
      >
        {`${number}. ${title}`}
      </Text>
      <View style={{ paddingHorizontal: 4 }}>{children}</View>
    </View>
  );
}
