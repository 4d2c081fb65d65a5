import { useState } from 'react';
import { formatLongDate } from '../../../shared/dates/localDate';
import { formatNip } from '../../../shared/users/nip';
import type { LetterRow } from '../../db/rows';
import { counterDb } from '../case/counterDb';
import { letterLabels } from './labels';
import type { NumberSupply } from './letterSupply';
import { downloadPdf, openPdf, storedLetterPdf } from './pdfFile';

const labels = letterLabels.panel;

/** An issued letter: what it says about itself, and the stored PDF to print or save. */
export function IssuedLetter({
  letter,
  supply,
}: {
  letter: LetterRow;
  supply: NumberSupply | null;
}) {
  const [problem, setProblem] = useState<string | null>(null);

  const withPdf = async (consume: (blob: Blob) => void) => {
    const stored = await storedLetterPdf(counterDb(), letter);
    if (!stored.ok) {
      setProblem(stored.message);
      return;
    }
    setProblem(null);
    consume(stored.blob);
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
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void withPdf(openPdf)}
        >
          {labels.print}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void withPdf((blob) => downloadPdf(blob, letter))}
        >
          {labels.download}
        </button>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
