// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Image, Text, View } from '@react-pdf/renderer';
import type { Letterhead } from '../../office/letterhead';
import { letterLabels } from '../labels';
import { useScale } from '../scale';

const labels = letterLabels.kop;

/** react-pdf draws PNG and JPEG only; an SVG emblem must be rasterised by the caller. */
export const drawableEmblem = (emblem?: string): emblem is string =>
  emblem !== undefined && /^data:image\/(png|jpeg);/.test(emblem);

/**
 * Kop surat: the regional emblem at the left, the government, office, unit, address and
 * contacts centred on the page, closed by the double rule (thick over thin).
 */
export function Kop({ letterhead }: { letterhead: Letterhead }) {
  const scale = useScale();
  const emblemWidth = scale.body * 4.4;
  const contacts = [
    letterhead.phone ? `${labels.phone} ${letterhead.phone}` : '',
    letterhead.email ? `${labels.email} ${letterhead.email}` : '',
    letterhead.website ? `${labels.website} ${letterhead.website}` : '',
  ].filter(Boolean);
  const line = (fontSize: number, bold = false) => ({
    fontSize,
    lineHeight: 1.15,
    ...(bold ? { fontWeight: 700 } : {}),
  });
  return (
    <View style={{ marginBottom: scale.gap * 1.25 }}>
      <View style={{ flexDirection: 'row', alignItems: 'center', paddingBottom: 3 }}>
        <View style={{ width: emblemWidth }}>
          {drawableEmblem(letterhead.emblem) ? (
            <Image
              src={letterhead.emblem}
              style={{ width: emblemWidth * 0.85, height: emblemWidth, objectFit: 'contain' }}
            />
          ) : null}
        </View>
        <View style={{ flex: 1, alignItems: 'center', textAlign: 'center' }}>
          <Text style={line(scale.government, true)}>{letterhead.government.toUpperCase()}</Text>
          <Text style={line(scale.office, true)}>{letterhead.officeName.toUpperCase()}</Text>
          {letterhead.unit ? <Text style={line(scale.unit, true)}>{letterhead.unit}</Text> : null}
          {letterhead.address ? (
            <Text style={line(scale.kopDetail)}>{letterhead.address}</Text>
          ) : null}
          {contacts.length > 0 ? (
            <View style={{ flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'center' }}>
              {contacts.map((contact) => (
                <Text key={contact} style={{ ...line(scale.kopDetail), marginHorizontal: 4 }}>
                  {contact}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
        <View style={{ width: emblemWidth }} />
      </View>
      <View style={{ height: 2.4, backgroundColor: '#000000' }} />
      <View style={{ height: 1.2 }} />
      <View style={{ height: 0.8, backgroundColor: '#000000' }} />
    </View>
  );
}
