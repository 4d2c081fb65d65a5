import { useRef } from 'react';
import { caseLabels } from './labels';
import { useScanBlob } from './useScanBlob';

/** A small picture of one scan; Enter or a click shows it large, Escape closes it. */
export function ScanThumbnail({ blobId, alt }: { blobId: string; alt: string }) {
  const scan = useScanBlob(blobId);
  const preview = useRef<HTMLDialogElement>(null);
  if (scan.status !== 'ready') {
    return (
      <span className="scan scan--empty" title={caseLabels.documents.scanMissing}>
        {scan.status === 'gone' ? '—' : ''}
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
