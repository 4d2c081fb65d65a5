// Printing a PDF the app has made or stored, on whatever platform it runs: the desktop app
// prints on the printer set for the letter kind (main/), the browser opens its print viewer.
import type { LetterKind } from '../../../shared/standards/schema';
import type { Message } from '../../components/MessageLine';
import { platform } from '../../platform/platform';
import { letterLabels } from './labels';

const labels = letterLabels.print;

/** What to tell the person after printing; null when the browser's viewer took the PDF. */
export type PrintNote = Message;

export async function printPdf(
  pdf: Blob,
  job: { kind: LetterKind; title: string; copies?: number },
): Promise<PrintNote> {
  const result = await platform().printPdf({
    pdf: new Uint8Array(await pdf.arrayBuffer()),
    letterKind: job.kind,
    copies: job.copies ?? 1,
    title: job.title,
    dialog: false,
  });
  if (!result.ok) return { text: result.message, error: true };
  const { printed, printer } = result.value;
  if (!printed) return { text: labels.cancelled, error: false };
  return printer === null ? null : { text: labels.sent(printer), error: false };
}
