// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import { letterLabels } from '../labels';
import { useScale } from '../scale';
import type { VerificationMark } from '../types';
import { QrCode } from './QrCode';

const labels = letterLabels.verification;

/** The office's verification mark: the QR and the short code with how to check it. */
export function VerificationBlock({ mark }: { mark: VerificationMark }) {
  const scale = useScale();
  return (
    <View
      style={{
        flexDirection: 'row',
        alignItems: 'center',
        fontSize: scale.tiny,
        lineHeight: 1.25,
        marginBottom: scale.gap * 0.5,
      }}
      wrap={false}
    >
      <QrCode modules={mark.qr} size={scale.body * 5.2} />
      <View style={{ flex: 1, paddingLeft: 3 }}>
        <Text style={{ fontWeight: 700 }}>{labels.code(mark.code)}</Text>
        <Text>{labels.check(mark.code, mark.url)}</Text>
      </View>
    </View>
  );
}
