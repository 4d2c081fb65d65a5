import { formatLongDate } from '../../../shared/dates/localDate';
import { ReceiptPdfButton } from '../letters/ReceiptPdfButton';
import { intakeLabels } from './labels';
import type { ReturnSlipData } from './returnSlip';
import './slip.css';

const labels = intakeLabels.slip;

function weekday(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return intakeLabels.weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** The return slip on screen (printable as it is) and as the office's PDF on F4 or A4. */
export function ReturnSlip({
  slip,
  onOpenCase,
  onDone,
}: {
  slip: ReturnSlipData;
  onOpenCase: () => void;
  onDone: () => void;
}) {
  const { letterhead } = slip;
  const date = formatLongDate(slip.date);
  const contacts = [letterhead.phone, letterhead.email, letterhead.website].filter(Boolean);
  return (
    <main id="isi" className="intake-slip-screen" tabIndex={-1}>
      <div className="intake-slip-screen__actions no-print">
        <ReceiptPdfButton caseId={slip.caseId} mode="returned" officer={slip.officer} primary />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {labels.print}
        </button>
        <button type="button" className="button button--secondary" onClick={onOpenCase}>
          {labels.openCase}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {labels.done}
        </button>
      </div>
      <article className="intake-slip" aria-labelledby="slip-title">
        <header className="intake-slip__kop">
          {letterhead.emblem ? (
            <img className="intake-slip__emblem" src={letterhead.emblem} alt="" />
          ) : null}
          <div className="intake-slip__kop-text">
            <p className="intake-slip__government">{letterhead.government}</p>
            <p className="intake-slip__office">{letterhead.officeName}</p>
            {letterhead.unit ? <p className="intake-slip__unit">{letterhead.unit}</p> : null}
            <p className="intake-slip__address">{letterhead.address || labels.noAddress}</p>
            {contacts.length > 0 ? (
              <p className="intake-slip__contacts">{contacts.join(' · ')}</p>
            ) : null}
          </div>
        </header>
        <h2 id="slip-title" className="intake-slip__title">
          {labels.title}
        </h2>
        <p className="intake-slip__register">{labels.register(slip.caseId)}</p>
        <p>{labels.opening(weekday(slip.date), date)}</p>
        <dl className="intake-slip__facts">
          <dt>{labels.service}</dt>
          <dd>{slip.service}</dd>
          <dt>{labels.subject}</dt>
          <dd>
            {slip.subject.name}
            {slip.subject.nik ? ` (${labels.nik} ${slip.subject.nik})` : ''}
          </dd>
          <dt>{labels.address}</dt>
          <dd>{slip.subject.address}</dd>
          {slip.applicant ? (
            <>
              <dt>{labels.applicant}</dt>
              <dd>
                {slip.applicant.name} ({slip.applicant.relationship})
              </dd>
            </>
          ) : null}
        </dl>
        <h3 className="intake-slip__heading">{labels.missingHeading}</h3>
        <ol className="intake-slip__missing">
          {slip.missing.map((paper) => (
            <li key={paper.label}>
              {paper.label}
              {paper.copies ? `, ${paper.copies}` : ''}
              {paper.anyOf.length > 0 ? (
                <span className="intake-slip__detail">
                  {intakeLabels.papers.anyOf}: {paper.anyOf.join('; ')}
                </span>
              ) : null}
              {paper.issuer ? (
                <span className="intake-slip__detail">
                  {intakeLabels.papers.issuer}: {paper.issuer}
                </span>
              ) : null}
              {paper.notes.map((note) => (
                <span key={note} className="intake-slip__detail">
                  {note}
                </span>
              ))}
            </li>
          ))}
        </ol>
        <p>{labels.closing}</p>
        <div className="intake-slip__signatures">
          <div className="intake-slip__signature">
            <p>{labels.applicantSign}</p>
            <p className="intake-slip__name">{slip.applicant?.name ?? slip.subject.name}</p>
          </div>
          <div className="intake-slip__signature">
            <p>{labels.place(slip.city, date)}</p>
            <p>{labels.officer}</p>
            <p className="intake-slip__name">{slip.officer}</p>
          </div>
        </div>
      </article>
    </main>
  );
}
