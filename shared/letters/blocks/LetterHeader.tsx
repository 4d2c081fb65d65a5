// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Text, View } from '@react-pdf/renderer';
import { letterLabels } from '../labels';
import { useScale } from '../scale';
import type { LetterNature } from '../types';
import { FieldRows } from './FieldRows';

const labels = letterLabels.header;

/** Nomor, Sifat, Lampiran and Perihal at the left; "Yth. … di Tempat" at the right. */
export function LetterHeader({
  number,
  nature,
  attachment,
  subject,
  addressee,
}: {
  number: string;
  nature: LetterNature;
  attachment: string;
  subject: string;
  addressee: string;
}) {
  const scale = useScale();
  return (
    <View style={{ flexDirection: 'row', marginBottom: scale.gap * 1.5 }}>
      <FieldRows
        labelWidth={scale.body * 5.2}
        rows={[
          { label: labels.number, value: number, code: true },
          { label: labels.nature, value: labels.natures[nature] },
          { label: labels.attachment, value: attachment },
          { label: labels.subject, value: subject, strong: true },
        ]}
        style={{ width: '60%' }}
      />
      <View style={{ width: '4%' }} />
      <View style={{ width: '36%' }}>
        <View style={{ flexDirection: 'row' }}>
          <Text style={{ width: scale.body * 2.2 }}>{labels.to}</Text>
          <Text style={{ flex: 1 }}>{addressee}</Text>
        </View>
        <Text>{labels.at}</Text>
        <Text style={{ paddingLeft: scale.body * 2.2 }}>{labels.place}</Text>
      </View>
    </View>
  );
}
