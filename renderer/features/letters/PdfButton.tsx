import { useState } from 'react';
import { letterLabels } from './labels';
import type { LetterKind } from '../../../shared/standards/schema';
import { MessageLine } from '../../components/MessageLine';
import { printPdf, type PrintNote } from './printPdf';
import './letters.css';

/** A PDF drawn up on demand, or why it could not be. */
export type MadePdf = { ok: true; pdf: Blob } | { ok: false; message: string };

const labels = letterLabels.pdf;

/**
 * A button that draws up a PDF (react-pdf, loaded on first use) and prints it (the desktop's
 * printer for its kind, or the browser's print viewer); says so while it works, and shows in
 * Indonesian why it failed.
 */
export function PdfButton({
  label,
  kind,
  make,
  primary = false,
}: {
  label: string;
  kind: LetterKind;
  make: () => Promise<MadePdf>;
  primary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<PrintNote>(null);

  const print = async () => {
    setBusy(true);
    setNote(null);
    try {
      const made = await make();
      setNote(
        made.ok
          ? await printPdf(made.pdf, { kind, title: labels.jobTitle[kind] })
          : { text: made.message, error: true },
      );
    } catch (error) {
      setNote({
        text: labels.failed(error instanceof Error ? error.message : String(error)),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="pdf-button">
      <button
        type="button"
        className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
        disabled={busy}
        aria-busy={busy}
        onClick={() => void print()}
      >
        {busy ? labels.making : label}
      </button>
      <MessageLine message={note} inline />
    </span>
  );
}
