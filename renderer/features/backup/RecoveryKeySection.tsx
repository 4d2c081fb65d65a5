import { useState } from 'react';
import { MessageLine, type Message } from '../../components/MessageLine';
import { platform } from '../../platform/platform';
import { backupLabels } from './labels';
import './backup.css';

const labels = backupLabels.recovery;

/**
 * The office's recovery key: made by main, its secret half shown here once for the admin to
 * keep on paper, so the backups on a stick open on another laptop when this one is gone.
 */
export function RecoveryKeySection({
  present,
  onCreated,
}: {
  present: boolean;
  /** The settings changed (main stored the key's public half). */
  onCreated: () => void;
}) {
  const [shown, setShown] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const create = async () => {
    if (present && !window.confirm(labels.confirmReplace)) return;
    setMessage(null);
    const made = await platform().createRecoveryKey();
    if (!made.ok) return setMessage({ text: made.message, error: true });
    setShown(made.value.recoveryKey);
    onCreated();
  };

  return (
    <section className="form-section backup-section" aria-labelledby="recovery-heading">
      <h3 id="recovery-heading" className="form-section__title">
        {labels.heading}
      </h3>
      {shown ? (
        <>
          <p className="form-note">{labels.shown}</p>
          <code className="recovery-key" data-testid="recovery-key">
            {shown}
          </code>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => setShown(null)}>
              {labels.done}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="form-note">{present ? labels.present : labels.none}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void create()}
            >
              {present ? labels.replace : labels.create}
            </button>
          </div>
        </>
      )}
      <MessageLine message={message} />
    </section>
  );
}
