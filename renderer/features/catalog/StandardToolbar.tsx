import { formatLongDate } from '../../../shared/dates/localDate';
import type { ServiceStandard } from '../../../shared/standards/schema';
import { PosterPdfButton } from '../letters/PosterPdfButton';
import { PrinterIcon } from './PrinterIcon';
import { catalogLabels } from './labels';
import type { VersionOption } from './selection';
import { useCatalogStore } from './useCatalogStore';

const labels = catalogLabels.toolbar;
const versionLabels = catalogLabels.versions;

export const statusText = {
  inForce: versionLabels.inForce,
  superseded: versionLabels.superseded,
  upcoming: versionLabels.upcoming,
} as const;

/** Screen-only: the versions of the service, and printing. */
export function StandardToolbar({
  officeId,
  versions,
  shown,
}: {
  officeId: string;
  versions: readonly VersionOption[];
  shown: ServiceStandard;
}) {
  const shownVersion = shown.version;
  const chooseVersion = useCatalogStore((state) => state.chooseVersion);
  return (
    <div className="toolbar no-print">
      <div className="versions" role="group" aria-labelledby="versi-heading">
        <h3 id="versi-heading" className="versions__heading">
          {labels.versionsHeading}
        </h3>
        <ul className="versions__list">
          {versions.map(({ standard, status }) => (
            <li key={standard.version}>
              <button
                type="button"
                className={`version version--${status}`}
                aria-pressed={standard.version === shownVersion}
                onClick={() => chooseVersion(standard.version)}
              >
                <span className="version__name">{versionLabels.option(standard.version)}</span>{' '}
                <span className="version__date">
                  {versionLabels.since(formatLongDate(standard.effectiveFrom))}
                </span>{' '}
                <span className={`badge badge--${status}`}>{statusText[status]}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="button button--secondary"
        title={labels.printHint}
        onClick={() => window.print()}
      >
        <PrinterIcon />
        {labels.print}
      </button>
      <PosterPdfButton officeId={officeId} standard={shown} />
    </div>
  );
}
