// @jsxRuntime automatic
import { Text, View } from '@react-pdf/renderer';
import type { DocumentStatus, Relationship } from '../../cases/records';
import { formatLongDate } from '../../dates/localDate';
import { DataTable } from '../blocks/DataTable';
import { DocumentTitle } from '../blocks/DocumentTitle';
import { FieldRows } from '../blocks/FieldRows';
import { Kop } from '../blocks/Kop';
import { LetterPage } from '../blocks/LetterPage';
import { Paragraph } from '../blocks/Paragraph';
import { VerificationBlock } from '../blocks/VerificationBlock';
import { letterLabels } from '../labels';
import { LetterDocument, type LetterElement } from '../LetterDocument';
import { plainText } from '../plainText';
import { useScale } from '../scale';
import type { LetterOffice, VerificationMark } from '../types';

const labels = letterLabels.receipt;

/** One paper of the checklist as the slip lists it. */
export interface ReceiptPaper {
  label: string;
  status: DocumentStatus;
  issuer?: string;
  /** "2 lembar", "1 lembar per anggota keluarga". */
  copies?: string;
  anyOf: readonly string[];
  notes: readonly string[];
}

/** Papers received (tanda terima) or handed back to be completed (tanda pengembalian). */
export interface ReceiptInput {
  mode: 'received' | 'returned';
  office: LetterOffice;
  /** The case's registration number. */
  registration: string;
  /** `YYYY-MM-DD`, office-local. */
  date: string;
  service: string;
  subject: { name: string; nik?: string; address: string };
  /** Absent when the applicant is the subject. */
  applicant?: { name: string; relationship: Relationship };
  papers: readonly ReceiptPaper[];
  /** The clerk at the counter. */
  officer: string;
  verification?: VerificationMark;
}

const weekday = (isoDate: string) => {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return letterLabels.weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
};

const statusText: Record<DocumentStatus, string> = {
  present: labels.present,
  missing: labels.missing,
  returned: labels.returned,
};

function PaperCell({ paper, fontSize }: { paper: ReceiptPaper; fontSize: number }) {
  const details = [
    paper.copies,
    paper.anyOf.length > 0 ? labels.anyOf(paper.anyOf.join('; ')) : undefined,
    paper.issuer ? labels.issuer(paper.issuer) : undefined,
    ...paper.notes,
  ].filter((detail): detail is string => detail !== undefined);
  return (
    <View>
      <Text>{paper.label}</Text>
      {details.map((detail) => (
        <Text key={detail} style={{ fontSize: fontSize * 0.85, lineHeight: 1.2 }}>
          {detail}
        </Text>
      ))}
    </View>
  );
}

/** A signature column: the place and date line (kept blank on the left), role, space, name. */
function Signature({ place, role, name }: { place?: string; role: string; name: string }) {
  const scale = useScale();
  return (
    <View style={{ width: '46%', textAlign: 'center' }}>
      {place ? <Text>{place}</Text> : <View style={{ height: scale.body * scale.leading }} />}
      <Text>{role}</Text>
      <View style={{ height: scale.signatureSpace * 0.8 }} />
      <Text style={{ fontWeight: 700, textDecoration: 'underline' }}>{name}</Text>
    </View>
  );
}

function ReceiptPage({ input }: { input: ReceiptInput }) {
  const scale = useScale();
  const received = input.mode === 'received';
  const date = formatLongDate(input.date);
  const shown = received ? input.papers : input.papers.filter((p) => p.status !== 'present');
  return (
    <LetterPage office={input.office}>
      <Kop letterhead={input.office.letterhead} />
      <DocumentTitle
        title={received ? labels.titleReceived : labels.titleReturned}
        lines={[labels.register(input.registration)]}
      />
      <Paragraph indent={false}>
        {(received ? labels.openingReceived : labels.openingReturned)(weekday(input.date), date)}
      </Paragraph>
      <FieldRows
        labelWidth={scale.body * 6.5}
        style={{ marginBottom: scale.gap }}
        rows={[
          { label: labels.service, value: input.service },
          { label: labels.subject, value: input.subject.name, strong: true },
          ...(input.subject.nik
            ? [{ label: letterLabels.identity.nik, value: input.subject.nik }]
            : []),
          { label: letterLabels.identity.address, value: input.subject.address },
          ...(input.applicant
            ? [
                {
                  label: letterLabels.receipt.applicantSign,
                  value: `${input.applicant.name} (${letterLabels.relationship[input.applicant.relationship]})`,
                },
              ]
            : []),
        ]}
      />
      {received ? null : <Text style={{ fontWeight: 700 }}>{labels.missingHeading}</Text>}
      <View style={{ marginTop: scale.gap * 0.5, marginBottom: scale.gap }}>
        <DataTable
          fontSize={scale.small}
          columns={[
            { label: labels.columns.no, width: 5, align: 'right' },
            { label: labels.columns.paper, width: 70 },
            { label: labels.columns.status, width: 18, align: 'center' },
          ]}
          rows={shown.map((paper, i) => [
            `${i + 1}.`,
            <PaperCell key={paper.label} paper={paper} fontSize={scale.small} />,
            statusText[paper.status],
          ])}
        />
      </View>
      <Paragraph indent={false}>
        {received ? labels.closingReceived : labels.closingReturned}
      </Paragraph>
      <View style={{ flexDirection: 'row', marginTop: scale.gap }} wrap={false}>
        <Signature role={labels.applicantSign} name={input.applicant?.name ?? input.subject.name} />
        <View style={{ width: '8%' }} />
        <Signature
          place={`${input.office.city}, ${date}`}
          role={labels.officer}
          name={input.officer}
        />
      </View>
      <View style={{ flexGrow: 1 }} />
      {input.verification ? (
        <View style={{ width: '50%' }}>
          <VerificationBlock mark={input.verification} />
        </View>
      ) : null}
    </LetterPage>
  );
}

/** The receipt of papers, or the return slip listing what is missing; always one page. */
export function tandaTerimaBerkas(raw: ReceiptInput): LetterElement {
  const input = plainText(raw);
  const title = input.mode === 'received' ? labels.titleReceived : labels.titleReturned;
  return (
    <LetterDocument
      meta={{
        title: `${title} ${input.registration}`,
        author: input.office.fullName,
        issueDate: input.date,
      }}
      fit="onePage"
    >
      <ReceiptPage input={input} />
    </LetterDocument>
  );
}
