import { useState } from 'react';
import { useSession } from '../auth/useSession';
import { counterDb } from '../case/counterDb';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { loadRegionTable } from '../regions/regionSource';
import { letterLabels } from './labels';
import { openPdf } from './pdfFile';

const labels = letterLabels.receipt;

/** Prints the stored case's tanda terima / pengembalian berkas as a PDF (F4 or A4). */
export function ReceiptPdfButton({
  caseId,
  mode,
  officer,
}: {
  caseId: string;
  mode: 'received' | 'returned';
  officer: string;
}) {
  const office = useSession((state) => state.office);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const print = async () => {
    const loaded = loadCatalogOnce();
    if (!office || !loaded.ok) {
      setProblem(letterLabels.errors.noSession);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const [{ receiptPdf }, regions] = await Promise.all([
        import('./receiptPdf'),
        loadRegionTable().catch(() => undefined),
      ]);
      const made = await receiptPdf(
        counterDb(),
        { caseId, mode, officer, now: new Date() },
        { office, catalog: loaded.catalog, ...(regions ? { regions } : {}) },
      );
      if (made.ok) openPdf(made.pdf);
      else setProblem(made.message);
    } catch (error) {
      setProblem(labels.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void print()}
      >
        {busy ? labels.printing : labels.print(office?.paperSize ?? 'F4')}
      </button>
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
}
