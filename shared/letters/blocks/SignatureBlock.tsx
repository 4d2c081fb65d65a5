// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import { formatLongDate } from '../../dates/localDate';
import { letterLabels } from '../labels';
import { useScale } from '../scale';
import type { LetterSigner } from '../types';

const labels = letterLabels.signature;

/** The post and the region on their own lines, unless the post already names the region. */
const postLines = (position: string, region: string) =>
  position.toLowerCase().includes(region.toLowerCase()) ? [position] : [position, region];

/**
 * Place and date, the signing post (with "a.n." for a deputy), the blank space for the wet
 * signature and the stamp, then the name (bold, underlined), rank and NIP.
 */
export function SignatureBlock({
  city,
  region,
  date,
  signer,
}: {
  city: string;
  region: string;
  date: string;
  signer: LetterSigner;
}) {
  const scale = useScale();
  // One Text per line: a "\n" has no Arimo glyph and would pull in a non-embedded font.
  const post = signer.onBehalfOf ? [signer.position] : postLines(signer.position, region);
  return (
    <View style={{ width: '100%', textAlign: 'center' }} wrap={false}>
      <Text>{`${city}, ${formatLongDate(date)}`}</Text>
      {signer.onBehalfOf ? (
        <Text style={{ fontWeight: 700 }}>
          {`${labels.onBehalfOf} ${postLines(signer.onBehalfOf, region).join(' ').toUpperCase()}`}
        </Text>
      ) : null}
      {post.map((line, i) => (
        <Text key={line} style={{ fontWeight: 700 }}>
          {`${line.toUpperCase()}${i === post.length - 1 ? ',' : ''}`}
        </Text>
      ))}
      <View style={{ height: scale.signatureSpace }} />
      <Text style={{ fontWeight: 700, textDecoration: 'underline' }}>{signer.name}</Text>
      <Text>{signer.rank}</Text>
      <Text>{labels.nip(signer.nip)}</Text>
    </View>
  );
}
