import { scanLabels } from './labels';
import type { ScanRef } from './scanRef';
import { useScanUrl } from './useScanUrl';

export function ScanThumb({
  draftKey,
  scan,
  onRemove,
}: {
  draftKey: string;
  scan: ScanRef;
  onRemove: () => void;
}) {
  const preview = useScanUrl(draftKey, scan.id);
  const details = [
    scanLabels.size(scan.size),
    scan.width && scan.height ? scanLabels.pixels(scan.width, scan.height) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="scan-thumb">
      <div className="scan-thumb__picture">
        {scan.mime === 'application/pdf' ? (
          <span className="scan-thumb__pdf">{scanLabels.pdf}</span>
        ) : preview.status === 'ready' ? (
          <img src={preview.url} alt="" />
        ) : preview.status === 'gone' ? (
          <span className="scan-thumb__gone">{scanLabels.missingBytes}</span>
        ) : null}
      </div>
      <div className="scan-thumb__text">
        <span className="scan-thumb__name" title={scan.name}>
          {scan.name}
        </span>
        <span className="scan-thumb__meta">{details}</span>
      </div>
      <button
        type="button"
        className="button button--link scan-thumb__remove"
        aria-label={scanLabels.remove(scan.name)}
        onClick={onRemove}
      >
        {scanLabels.removeShort}
      </button>
    </li>
  );
}
