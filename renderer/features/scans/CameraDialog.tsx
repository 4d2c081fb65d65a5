import { useEffect, useRef, useState } from 'react';
import { scanLabels } from './labels';

type CameraState = 'starting' | 'live' | 'denied' | 'none';

const labels = scanLabels.camera;

/** A modal with the webcam's picture; "Ambil foto" hands one frame over and closes. */
export function CameraDialog({
  onCapture,
  onClose,
}: {
  onCapture: (frame: ImageBitmap) => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const captureRef = useRef<HTMLButtonElement>(null);
  // Without a secure context (or on a machine with no media stack) there is no camera API.
  const [state, setState] = useState<CameraState>(() =>
    'mediaDevices' in navigator ? 'starting' : 'none',
  );

  useEffect(() => {
    if (state === 'live') captureRef.current?.focus();
  }, [state]);

  useEffect(() => {
    dialogRef.current?.showModal();
    let stream: MediaStream | undefined;
    let live = true;
    if (!('mediaDevices' in navigator)) return;
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then(
        (media) => {
          stream = media;
          if (!live) return media.getTracks().forEach((track) => track.stop());
          if (videoRef.current) videoRef.current.srcObject = media;
          setState('live');
        },
        (error: unknown) => {
          if (!live) return;
          const name = error instanceof DOMException ? error.name : '';
          setState(name === 'NotFoundError' || name === 'OverconstrainedError' ? 'none' : 'denied');
        },
      );
    return () => {
      live = false;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  async function capture() {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return;
    onCapture(await createImageBitmap(video));
  }

  return (
    <dialog
      ref={dialogRef}
      className="camera-dialog"
      aria-labelledby="camera-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="camera-dialog-title" className="camera-dialog__title">
        {labels.title}
      </h2>
      <div className="camera-dialog__view">
        <video ref={videoRef} autoPlay muted playsInline hidden={state !== 'live'} />
        {state === 'starting' ? <p className="muted">{labels.starting}</p> : null}
        {state === 'denied' ? <p role="alert">{labels.denied}</p> : null}
        {state === 'none' ? <p role="alert">{labels.none}</p> : null}
      </div>
      {state === 'live' ? <p className="camera-dialog__hint">{labels.hint}</p> : null}
      <div className="camera-dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {labels.close}
        </button>
        <button
          type="button"
          className="button button--primary"
          ref={captureRef}
          disabled={state !== 'live'}
          onClick={() => void capture()}
        >
          {labels.capture}
        </button>
      </div>
    </dialog>
  );
}
