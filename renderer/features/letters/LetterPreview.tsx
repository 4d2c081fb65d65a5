import { useEffect, useRef } from 'react';
import { letterLabels } from './labels';

const labels = letterLabels.panel;

/** The unnumbered draft in the browser's PDF viewer; Escape or the button closes it. */
export function LetterPreview({ url, onClose }: { url: string; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div
      className="letter-preview"
      role="dialog"
      aria-modal="true"
      aria-label={labels.previewTitle}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="letter-preview__bar">
        <h3 className="letter-preview__title">{labels.previewTitle}</h3>
        <button ref={close} type="button" className="button button--secondary" onClick={onClose}>
          {labels.closePreview}
        </button>
      </div>
      <iframe className="letter-preview__frame" src={url} title={labels.previewTitle} />
    </div>
  );
}
