import { catalogLabels } from './labels';
import type { VersionStatus } from './selection';
import { statusText } from './StandardToolbar';
import { useCatalogStore } from './useCatalogStore';

const labels = catalogLabels.versions;

/** Warns that the version on screen is not the one to serve citizens with today. */
export function VersionNotice({ version, status }: { version: number; status: VersionStatus }) {
  const chooseVersion = useCatalogStore((state) => state.chooseVersion);
  return (
    <div className="notice notice--info no-print" role="status">
      <p className="notice__body">{labels.viewingOther(version, statusText[status])}</p>
      <button type="button" className="button button--link" onClick={() => chooseVersion(null)}>
        {labels.backToInForce}
      </button>
    </div>
  );
}
