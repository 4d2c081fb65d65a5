import type { ServiceStandard } from '../../../shared/standards/schema';
import { useSession } from '../auth/useSession';
import { letterLabels } from './labels';
import { PdfButton, type MadePdf } from './PdfButton';

/**
 * Prints the shown standard as the office's poster PDF. Only for the signed-in office's own
 * standards: the poster carries its letterhead.
 */
export function PosterPdfButton({
  officeId,
  standard,
}: {
  officeId: string;
  standard: ServiceStandard;
}) {
  const office = useSession((state) => state.office);
  if (!office || office.id !== officeId) return null;

  const make = async (): Promise<MadePdf> => {
    const { posterPdf } = await import('./posterPdf');
    return posterPdf(office, standard, new Date());
  };
  return (
    <PdfButton
      label={letterLabels.poster.print(office.paperSize)}
      kind="posterStandar"
      make={make}
    />
  );
}
