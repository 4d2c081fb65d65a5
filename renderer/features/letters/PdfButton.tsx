import { useState } from 'react';
import { letterLabels } from './labels';
import { openPdf } from './pdfFile';
import './letters.css';

/** A PDF drawn up on demand, or why it could not be. */
export type MadePdf = { ok: true; pdf: Blob } | { ok: false; message: string };

const labels = letterLabels.pdf;

/**
 * A button that draws up a PDF (react-pdf, loaded on first use) and opens it for the
 * browser's print dialog; says so while it works, and shows in Indonesian why it failed.
 */
export function PdfButton({
  label,
  make,
  primary = false,
}: {
  label: string;
  make: () => Promise<MadePdf>;
  primary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const print = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const made = await make();
      if (made.ok) openPdf(made.pdf);
      else setProblem(made.message);
    } catch (error) {
      setProblem(labels.failed(error instanceof Error ? error.message : String(error)));
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
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
