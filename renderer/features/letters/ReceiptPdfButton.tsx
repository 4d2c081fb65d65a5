import { useSession } from '../auth/useSession';
import { counterDb } from '../case/counterDb';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { loadRegionTable } from '../regions/regionSource';
import { letterLabels } from './labels';
import { PdfButton, type MadePdf } from './PdfButton';

const labels = letterLabels.receipt;

/** Prints the stored case's tanda terima / pengembalian berkas as a PDF (F4 or A4). */
export function ReceiptPdfButton({
  caseId,
  mode,
  officer,
  primary = false,
}: {
  caseId: string;
  mode: 'received' | 'returned';
  officer: string;
  primary?: boolean;
}) {
  const office = useSession((state) => state.office);

  const make = async (): Promise<MadePdf> => {
    const loaded = loadCatalogOnce();
    if (!office || !loaded.ok) return { ok: false, message: letterLabels.errors.noSession };
    const [{ receiptPdf }, regions] = await Promise.all([
      import('./receiptPdf'),
      loadRegionTable(),
    ]);
    return receiptPdf(
      counterDb(),
      { caseId, mode, officer, now: new Date() },
      { office, catalog: loaded.catalog, regions },
    );
  };

  return (
    <PdfButton
      label={labels.print[mode](office?.paperSize ?? 'F4')}
      kind="tandaTerimaBerkas"
      make={make}
      primary={primary}
    />
  );
}
