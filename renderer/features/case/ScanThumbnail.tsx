import { useRef } from 'react';
import { caseLabels } from './labels';
import { useScanBlob } from './useScanBlob';

/**
 * A small picture of one scan; Enter or a click shows it large, Escape closes it. A scan
 * another counter took in is fetched from the server when the person asks for it.
 */
export function ScanThumbnail({
  blobId,
  caseId,
  alt,
}: {
  blobId: string;
  caseId: string;
  alt: string;
}) {
  const { scan, fetch } = useScanBlob(blobId, caseId);
  const preview = useRef<HTMLDialogElement>(null);
  if (scan.status === 'gone' || scan.status === 'failed') {
    return (
      <>
        <button
          type="button"
          className="scan scan--fetch"
          aria-label={caseLabels.documents.fetchScanFor(alt)}
          title={caseLabels.documents.fetchScanTitle}
          onClick={fetch}
        >
          {caseLabels.documents.fetchScan}
        </button>
        {scan.status === 'failed' ? (
          <span className="scan-fetch-error" role="alert">
            {scan.message}
          </span>
        ) : null}
      </>
    );
  }
  if (scan.status !== 'ready') {
    return (
      <span
        className="scan scan--empty"
        title={scan.status === 'fetching' ? caseLabels.documents.fetchingScan : undefined}
      >
        {scan.status === 'fetching' ? '…' : ''}
      </span>
    );
  }
  const image = scan.mime.startsWith('image/');
  return (
    <>
      <button
        type="button"
        className="scan"
        aria-label={alt}
        title={caseLabels.documents.openScan}
        onClick={() => preview.current?.showModal()}
      >
        {image ? (
          <img src={scan.url} alt="" />
        ) : (
          <span className="scan__pdf">{caseLabels.documents.pdf}</span>
        )}
      </button>
      <dialog ref={preview} className="scan-preview" aria-label={alt}>
        {image ? (
          <img src={scan.url} alt={alt} />
        ) : (
          <a className="button button--secondary" href={scan.url} download>
            {caseLabels.documents.downloadPdf}
          </a>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => preview.current?.close()}
        >
          {caseLabels.dialog.close}
        </button>
      </dialog>
    </>
  );
}
