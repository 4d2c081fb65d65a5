// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { View } from '@react-pdf/renderer';
import type { FieldRow } from '../blocks/FieldRows';
import { FieldRows } from '../blocks/FieldRows';
import { Kop } from '../blocks/Kop';
import { LetterHeader } from '../blocks/LetterHeader';
import { LetterPage } from '../blocks/LetterPage';
import { NumberedList } from '../blocks/NumberedList';
import { ParafBoxes } from '../blocks/ParafBoxes';
import { Paragraph } from '../blocks/Paragraph';
import { SignatureBlock } from '../blocks/SignatureBlock';
import { Tembusan } from '../blocks/Tembusan';
import { VerificationBlock } from '../blocks/VerificationBlock';
import { letterLabels } from '../labels';
import { LetterDocument, type LetterElement } from '../LetterDocument';
import { plainText } from '../plainText';
import { useScale } from '../scale';
import type { CaseLetterInput } from '../types';
import { wording } from '../wording';

/** What a case letter says; the layout is the same for kinds 1–5. */
export interface CaseLetterBody {
  subject: string;
  /** "Berdasarkan:" items: the legal basis, then the case's own papers. */
  grounds: readonly string[];
  /** Introduces the identity rows ("… memberikan rekomendasi kepada:"). */
  statement: string;
  identity: readonly FieldRow[];
  purpose: string;
  closing: string;
}

/** The legal basis of the standard version as "Berdasarkan:" items. */
export const legalGrounds = (input: CaseLetterInput): string[] =>
  input.legalBasis.map(letterLabels.legalBasis);

function CaseLetterPage({ input, body }: { input: CaseLetterInput; body: CaseLetterBody }) {
  const scale = useScale();
  const indent = scale.body * 1.5;
  return (
    <LetterPage office={input.office}>
      <Kop letterhead={input.office.letterhead} />
      <LetterHeader
        number={input.number}
        nature={input.nature}
        attachment={input.attachment}
        subject={body.subject}
        addressee={input.addressee}
      />
      {body.grounds.length > 1 ? (
        <View style={{ marginBottom: scale.gap * 0.25 }}>
          <Paragraph indent={false}>{wording.groundsIntro}</Paragraph>
          <View style={{ paddingLeft: indent, marginTop: -scale.gap * 0.5 }}>
            <NumberedList items={body.grounds} separator=";" last="," />
          </View>
        </View>
      ) : null}
      <Paragraph indent={body.grounds.length < 2}>
        {body.grounds.length === 1 && body.grounds[0] !== undefined
          ? wording.singleGround(body.grounds[0], body.statement)
          : body.statement}
      </Paragraph>
      <FieldRows
        rows={body.identity}
        labelWidth={scale.body * 9.2}
        style={{ paddingLeft: indent, marginBottom: scale.gap * 0.6 }}
      />
      <Paragraph>{body.purpose}</Paragraph>
      <Paragraph>{body.closing}</Paragraph>
      <View style={{ flexDirection: 'row', marginTop: scale.gap * 0.25 }} wrap={false}>
        <View style={{ width: '46%', justifyContent: 'flex-end' }}>
          {input.verification ? <VerificationBlock mark={input.verification} /> : null}
          <ParafBoxes positions={input.parafPositions} />
        </View>
        <View style={{ width: '8%' }} />
        <View style={{ width: '46%' }}>
          <SignatureBlock
            city={input.office.city}
            region={input.office.region}
            date={input.issueDate}
            signer={input.signer}
          />
        </View>
      </View>
      <Tembusan items={input.tembusan} />
    </LetterPage>
  );
}

/** A case letter as a one-page document; its text made plain first (see `plainText`). */
export function caseLetterDocument(
  rawInput: CaseLetterInput,
  rawBody: CaseLetterBody,
): LetterElement {
  const input = plainText(rawInput);
  const body = plainText(rawBody);
  return (
    <LetterDocument
      meta={{
        title: `${body.subject} ${input.number}`,
        author: input.office.fullName,
        subject: body.subject,
        issueDate: input.issueDate,
      }}
      fit="onePage"
    >
      <CaseLetterPage input={input} body={body} />
    </LetterDocument>
  );
}
