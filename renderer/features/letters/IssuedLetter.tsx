import { useState } from 'react';
import { formatLongDate } from '../../../shared/dates/localDate';
import { formatNip } from '../../../shared/users/nip';
import type { LetterRow } from '../../db/rows';
import { counterDb } from '../case/counterDb';
import { letterLabels } from './labels';
import type { NumberSupply } from './letterSupply';
import { isDesktop } from '../../platform/platform';
import { MessageLine } from '../../components/MessageLine';
import { SelectField } from '../../components/form/SelectField';
import { downloadPdf, letterPdfForPrint, storedLetterPdf } from './pdfFile';
import { printPdf, type PrintNote } from './printPdf';

const labels = letterLabels.panel;
const copyChoices = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

/**
 * An issued letter: what it says about itself, and the stored PDF to print, or save in the
 * browser (the desktop app keeps every letter in its archive folder instead).
 */
export function IssuedLetter({
  letter,
  supply,
  archiveNote = null,
}: {
  letter: LetterRow;
  supply: NumberSupply | null;
  /** Why the letter is not in the archive folder yet, when it is waiting for it. */
  archiveNote?: string | null;
}) {
  const [note, setNote] = useState<PrintNote>(null);

  const [copies, setCopies] = useState('1');

  const withPdf = async (
    read: typeof storedLetterPdf,
    consume: (blob: Blob) => Promise<PrintNote> | void,
  ) => {
    const stored = await read(counterDb(), letter);
    setNote(
      stored.ok ? ((await consume(stored.blob)) ?? null) : { text: stored.message, error: true },
    );
  };

  return (
    <div className="issued-letter">
      <p className="issued-letter__status" role="status">
        {labels.issued}
      </p>
      <dl className="info-list">
        <dt>{labels.number}</dt>
        <dd data-testid="letter-number">{letter.number}</dd>
        <dt>{labels.date}</dt>
        <dd>{formatLongDate(letter.issuedOn)}</dd>
        <dt>{labels.addressee}</dt>
        <dd>{letter.addressee}</dd>
        <dt>{labels.signedBy}</dt>
        <dd>
          {letter.signer.position}: {letter.signer.name}, NIP {formatNip(letter.signer.nip)}
        </dd>
        <dt>{labels.code}</dt>
        <dd data-testid="letter-code" className="issued-letter__code">
          {letter.verification.code}
        </dd>
        <dt>{labels.fingerprint}</dt>
        <dd className="issued-letter__hash">{letter.pdf.sha256}</dd>
      </dl>
      {supply?.local ? <p className="form-note">{labels.localBlock(supply.left)}</p> : null}
      {archiveNote ? (
        <p className="form-note" role="status">
          {labels.archiveWaiting(archiveNote)}
        </p>
      ) : null}
      {isDesktop() ? (
        <SelectField
          className="issued-letter__copies"
          label={labels.copies}
          options={copyChoices}
          value={copies}
          onChange={(value) => setCopies(value || '1')}
        />
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void withPdf(letterPdfForPrint, (blob) =>
              printPdf(blob, { kind: letter.kind, title: letter.number, copies: Number(copies) }),
            )
          }
        >
          {labels.print}
        </button>
        {isDesktop() ? null : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void withPdf(storedLetterPdf, (blob) => downloadPdf(blob, letter))}
          >
            {labels.download}
          </button>
        )}
      </div>
      <MessageLine message={note} />
    </div>
  );
}
