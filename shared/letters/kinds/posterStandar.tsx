// @jsxRuntime automatic
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { formatLongDate } from '../../dates/localDate';
import type { OfficeProfile } from '../../office/profile';
import type { ServiceHours, ServiceStandard } from '../../standards/schema';
import { DataTable } from '../blocks/DataTable';
import { Kop } from '../blocks/Kop';
import { LetterPage } from '../blocks/LetterPage';
import { NumberedList } from '../blocks/NumberedList';
import { letterLabels } from '../labels';
import { LetterDocument, type LetterElement } from '../LetterDocument';
import { plainText } from '../plainText';
import { letterOfficeOf } from '../office';
import { useScale } from '../scale';
import type { LetterOffice } from '../types';
import { PosterSection } from './PosterSection';
import { hoursText, productText, requirementText, stepText, stepTimeText } from './posterText';

const labels = letterLabels.poster;

export interface PosterInput {
  office: LetterOffice;
  standard: ServiceStandard;
  /** Shown when the standard publishes no service hours of its own. */
  officeHours: ServiceHours;
  cutoffDays: readonly number[];
  /** When the poster is printed (the PDF's date). */
  issueDate: string;
}

export const posterInputOf = (
  profile: OfficeProfile,
  standard: ServiceStandard,
  issueDate: string,
): PosterInput => ({
  office: letterOfficeOf(profile),
  standard,
  officeHours: profile.officeHours,
  cutoffDays: profile.cutoffDays,
  issueDate,
});

function Lines({ items }: { items: readonly string[] }) {
  return (
    <View>
      {items.map((item) => (
        <Text key={item}>{item}</Text>
      ))}
    </View>
  );
}

function PosterPage({ input }: { input: PosterInput }) {
  const scale = useScale();
  const { standard } = input;
  const trackLabel = (id?: string) =>
    standard.tracks.length > 1 ? standard.tracks.find((t) => t.id === id)?.label : undefined;
  const channels = standard.complaintChannels.map((channel) =>
    channel.value ? `${channel.label}: ${channel.value}` : channel.label,
  );
  const sections: Array<[string, ReactElement]> = [
    [
      labels.sections.legalBasis,
      standard.legalBasis.length > 0 ? (
        <NumberedList
          items={standard.legalBasis.map(letterLabels.legalBasis)}
          separator=";"
          last="."
        />
      ) : (
        <Text>{labels.noLegalBasis}</Text>
      ),
    ],
    [
      labels.sections.requirements,
      <NumberedList
        key="requirements"
        items={standard.requirements.map((r) => requirementText(r, trackLabel(r.track)))}
        separator=";"
        last="."
      />,
    ],
    [
      labels.sections.procedure,
      <View key="procedure">
        {standard.tracks.map((track) => (
          <View key={track.id} style={{ marginBottom: scale.gap * 0.5 }}>
            {standard.tracks.length > 1 ? (
              <Text style={{ fontWeight: 700 }}>{labels.track(track.label)}</Text>
            ) : null}
            <DataTable
              fontSize={scale.small * 0.9}
              columns={[
                { label: labels.columns.no, width: 4, align: 'right' },
                { label: labels.columns.step, width: 62 },
                { label: labels.columns.actor, width: 16 },
                { label: labels.columns.time, width: 16 },
              ]}
              rows={track.steps.map((step, i) => [
                `${i + 1}`,
                stepText(step),
                labels.actors[step.actor],
                stepTimeText(step, input.cutoffDays),
              ])}
            />
          </View>
        ))}
      </View>,
    ],
    [
      labels.sections.time,
      <Lines
        key="time"
        items={
          standard.completionTimes.length > 0
            ? standard.completionTimes.map((time) => {
                const label = trackLabel(time.track);
                return label ? `${labels.forTrack(label)}${time.text}` : time.text;
              })
            : [labels.noTime]
        }
      />,
    ],
    [
      labels.sections.fee,
      <Text key="fee">{standard.fee.amount === 0 ? labels.free : standard.fee.text}</Text>,
    ],
    [
      labels.sections.products,
      <NumberedList key="products" items={standard.products.map(productText)} />,
    ],
    [
      labels.sections.hours,
      <Lines
        key="hours"
        items={[
          ...hoursText(standard.serviceHours ?? input.officeHours, input.office.timeZone),
          ...(standard.serviceHours ? [] : [labels.officeHours]),
        ]}
      />,
    ],
    [
      labels.sections.complaints,
      <View key="complaints">
        {channels.length > 0 ? <NumberedList items={channels} /> : <Text>{labels.noChannels}</Text>}
        {standard.complaintProcedure?.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </View>,
    ],
  ];
  return (
    <LetterPage office={input.office}>
      <Kop letterhead={input.office.letterhead} />
      <View style={{ alignItems: 'center', textAlign: 'center', marginBottom: scale.gap }}>
        <Text style={{ fontSize: scale.body * 1.6, fontWeight: 700, lineHeight: 1.2 }}>
          {labels.kind}
        </Text>
        <Text style={{ fontSize: scale.body * 1.25, fontWeight: 700, lineHeight: 1.2 }}>
          {standard.title}
        </Text>
        <Text>{labels.version(standard.version, formatLongDate(standard.effectiveFrom))}</Text>
        {standard.decree ? <Text>{labels.decree(standard.decree)}</Text> : null}
      </View>
      {sections.map(([title, content], i) => (
        <PosterSection key={title} number={i + 1} title={title}>
          {content}
        </PosterSection>
      ))}
      {standard.fee.amount === 0 ? (
        <Text style={{ marginTop: scale.gap, textAlign: 'center', fontWeight: 700 }}>
          {labels.footer(input.office.fullName)}
        </Text>
      ) : null}
    </LetterPage>
  );
}

/** The service standard as a poster for the counter wall, from the catalog data. */
export function posterStandar(raw: PosterInput): LetterElement {
  const input = plainText(raw);
  return (
    <LetterDocument
      meta={{
        title: `${labels.kind} ${input.standard.title}`,
        author: input.office.fullName,
        subject: `${input.standard.serviceCode} v${input.standard.version}`,
        issueDate: input.issueDate,
      }}
      fit="preferOnePage"
      sizes={[11, 10, 9]}
    >
      <PosterPage input={input} />
    </LetterDocument>
  );
}
