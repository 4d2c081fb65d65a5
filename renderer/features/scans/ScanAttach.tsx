import { useId, useRef, useState } from 'react';
import { CameraDialog } from './CameraDialog';
import { scanLabels } from './labels';
import { addScanBitmap, addScanFile } from './prepareScan';
import { ScanError, type ScanRef } from './scanRef';
import { ScanThumb } from './ScanThumb';
import './scans.css';

export interface ScanAttachProps {
  draftKey: string;
  scans: readonly ScanRef[];
  onAdd: (scan: ScanRef) => void;
  onRemove: (id: string) => void;
  /** What the scans are of (the requirement), for screen readers. */
  label: string;
}

/** Scans of one paper: attach files or take photos, see and remove them. */
export function ScanAttach({ draftKey, scans, onAdd, onRemove, label }: ScanAttachProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);

  async function run(work: () => Promise<ScanRef>) {
    setBusy(true);
    setProblem(null);
    try {
      onAdd(await work());
    } catch (error) {
      setProblem(
        error instanceof ScanError ? scanLabels.problems[error.problem] : scanLabels.failed,
      );
    } finally {
      setBusy(false);
    }
  }

  async function addFiles(files: readonly File[]) {
    for (const file of files) await run(() => addScanFile(draftKey, file));
  }

  function addFrame(frame: ImageBitmap) {
    setCamera(false);
    const time = new Date().toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
    void run(async () => {
      try {
        return await addScanBitmap(draftKey, frame, scanLabels.cameraPhotoName(time));
      } finally {
        frame.close();
      }
    });
  }

  return (
    <div className="scan-attach" role="group" aria-label={label}>
      {scans.length > 0 ? (
        <ul className="scan-attach__list">
          {scans.map((scan) => (
            <ScanThumb
              key={scan.id}
              draftKey={draftKey}
              scan={scan}
              onRemove={() => onRemove(scan.id)}
            />
          ))}
        </ul>
      ) : null}
      <div className="scan-attach__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          aria-describedby={messageId}
          onClick={() => fileRef.current?.click()}
        >
          {scanLabels.attachFile}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => setCamera(true)}
        >
          {scanLabels.takePhoto}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="image/*,application/pdf"
          multiple
          hidden
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            void addFiles(files);
          }}
        />
        <span id={messageId} className="scan-attach__message" aria-live="polite">
          {busy ? scanLabels.working : null}
        </span>
      </div>
      {problem ? (
        <p className="scan-attach__problem" role="alert">
          {problem}
        </p>
      ) : null}
      {camera ? <CameraDialog onCapture={addFrame} onClose={() => setCamera(false)} /> : null}
    </div>
  );
}
