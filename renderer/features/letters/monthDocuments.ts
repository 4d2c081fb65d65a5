// The month's dispatch book (buku ekspedisi) and BNBA recap as PDFs, drawn up from the
// letters issued in the month. Loaded on first use with react-pdf; fonts must be registered.
import { todayIn } from '../../../shared/dates/localDate';
import { bnbaRowOf } from '../../../shared/letters/bnbaFromCases';
import { bukuEkspedisi } from '../../../shared/letters/kinds/bukuEkspedisi';
import { rekapBnba } from '../../../shared/letters/kinds/rekapBnba';
import type { LetterElement } from '../../../shared/letters/LetterDocument';
import { letterOfficeOf, letterSignerOf } from '../../../shared/letters/office';
import { renderLetterPdf } from '../../../shared/letters/render';
import type { OfficeProfile, Signer } from '../../../shared/office/profile';
import type { RegionTable } from '../../../shared/validate';
import { letterLabels } from './labels';
import type { MonthLetter } from './monthLetters';
import type { MadePdf } from './PdfButton';

export interface MonthRequest {
  /** `YYYY-MM`. */
  month: string;
  rows: readonly MonthLetter[];
  office: OfficeProfile;
  now: Date;
}

async function pdfOf(document: LetterElement): Promise<MadePdf> {
  const bytes = new Uint8Array(await renderLetterPdf(document));
  return { ok: true, pdf: new Blob([bytes], { type: 'application/pdf' }) };
}

/** The dispatch book of the month: every letter, with room for receiver and signature. */
export function dispatchBookPdf({ month, rows, office, now }: MonthRequest): Promise<MadePdf> {
  return pdfOf(
    bukuEkspedisi({
      office: letterOfficeOf(office),
      month,
      issueDate: todayIn(office.timeZone, now),
      entries: rows.map(({ letter }) => ({
        date: letter.issuedOn,
        number: letter.number,
        addressee: letter.addressee,
        subject: letter.subject,
      })),
    }),
  );
}

/**
 * The BNBA recap of the month for BPJS: one row per person a letter was issued for, signed
 * by `signer`; `service` names the service when the list holds one.
 */
export function bnbaPdf(
  { month, rows, office, now }: MonthRequest,
  options: { signer?: Signer; service?: string; regions?: RegionTable },
): Promise<MadePdf> {
  const people = rows.flatMap(({ caseRecord, subject }) =>
    caseRecord && subject ? [bnbaRowOf(caseRecord, subject, options.regions)] : [],
  );
  if (people.length < rows.length) {
    return Promise.resolve({ ok: false, message: letterLabels.month.caseMissing });
  }
  return pdfOf(
    rekapBnba({
      office: letterOfficeOf(office),
      month,
      issueDate: todayIn(office.timeZone, now),
      rows: people,
      ...(options.service ? { service: options.service } : {}),
      ...(options.signer ? { signer: letterSignerOf(options.signer) } : {}),
    }),
  );
}
