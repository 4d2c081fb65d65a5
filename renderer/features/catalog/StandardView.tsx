import { checkPublishedTotals } from '../../../shared/standards/totals';
import type { Office, ServiceStandard } from '../../../shared/standards/schema';
import { catalogLabels } from './labels';
import { Letterhead } from './Letterhead';
import { StandardTitle } from './StandardTitle';
import { StandardToolbar } from './StandardToolbar';
import { TotalsNotice } from './TotalsNotice';
import { VersionNotice } from './VersionNotice';
import { ComplaintsSection } from './sections/ComplaintsSection';
import { EligibilitySection } from './sections/EligibilitySection';
import { FeeSection } from './sections/FeeSection';
import { HoursSection } from './sections/HoursSection';
import { LegalBasisSection } from './sections/LegalBasisSection';
import { NotesSection } from './sections/NotesSection';
import { ProcedureSection } from './sections/ProcedureSection';
import { ProductsSection } from './sections/ProductsSection';
import { RequirementsSection } from './sections/RequirementsSection';
import { TimeSection } from './sections/TimeSection';
import type { VersionOption, VersionStatus } from './selection';

/** The components in the order an office publishes them; the number is the row number. */
const no = {
  legalBasis: 1,
  requirements: 2,
  procedure: 3,
  time: 4,
  fee: 5,
  products: 6,
  hours: 7,
  complaints: 8,
  eligibility: 9,
  notes: 10,
} as const;

export interface ShownStandard {
  standard: ServiceStandard;
  status: VersionStatus;
  versions: VersionOption[];
}

/** One service standard in full, laid out like the poster an office hangs at the counter. */
export function StandardView({ office, shown }: { office: Office; shown: ShownStandard }) {
  const { standard, status, versions } = shown;
  const totals = checkPublishedTotals(standard);
  const trackLabel = (trackId: string) =>
    standard.tracks.find((track) => track.id === trackId)?.label ?? trackId;

  return (
    <div className="standard">
      <StandardToolbar officeId={office.id} versions={versions} shown={standard} />
      {status !== 'inForce' ? <VersionNotice version={standard.version} status={status} /> : null}
      <TotalsNotice
        checks={totals}
        trackLabel={trackLabel}
        multiTrack={standard.tracks.length > 1}
        timeSectionNo={no.time}
      />
      <article className="poster" aria-labelledby="judul-standar">
        <Letterhead office={office} />
        <StandardTitle standard={standard} />
        <div className="components" aria-label={catalogLabels.standard.tableLabel} role="group">
          <LegalBasisSection n={no.legalBasis} standard={standard} />
          <RequirementsSection n={no.requirements} standard={standard} trackLabel={trackLabel} />
          <ProcedureSection n={no.procedure} standard={standard} office={office} />
          <TimeSection n={no.time} standard={standard} checks={totals} trackLabel={trackLabel} />
          <FeeSection n={no.fee} standard={standard} />
          <ProductsSection n={no.products} standard={standard} trackLabel={trackLabel} />
          <HoursSection n={no.hours} standard={standard} office={office} />
          <ComplaintsSection n={no.complaints} standard={standard} />
          <EligibilitySection n={no.eligibility} standard={standard} />
          <NotesSection n={no.notes} standard={standard} />
        </div>
        <footer className="poster__source">
          {catalogLabels.standard.source}: {standard.source}
        </footer>
      </article>
    </div>
  );
}
