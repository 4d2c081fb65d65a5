import { useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc';
import { formatLongDate } from '../../../shared/dates/localDate';
import { AppHeader } from '../../AppHeader';
import { TextField } from '../../components/form/TextField';
import { MessageLine, type Message } from '../../components/MessageLine';
import { restoreAndReload } from './restoreAndReload';
import { backupLabels, fileSize } from './labels';
import './backup.css';

const labels = backupLabels.restore;

/**
 * On a start with an empty database while the backup folder holds backups: restore the
 * newest instead of starting blank, unless the person says this is a new device.
 */
export function RestorePrompt({ latest, onSkip }: { latest: BackupEntry; onSkip: () => void }) {
  const [progress, setProgress] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [message, setMessage] = useState<Message>(null);

  const restore = async () => {
    setMessage(null);
    setProgress(labels.restoring(fileSize(0)));
    setMessage(
      await restoreAndReload(latest.fileName, {
        onProgress: setProgress,
        recoveryKey: recoveryKey.trim() === '' ? null : recoveryKey,
      }),
    );
    setProgress(null);
  };

  return (
    <>
      <AppHeader title={labels.title} />
      <main id="isi" className="auth-page">
        <section className="auth-card restore-prompt" aria-labelledby="restore-heading">
          <h2 id="restore-heading" className="auth-card__title">
            {labels.heading}
          </h2>
          <p className="auth-card__body">{labels.intro}</p>
          <p className="auth-card__body">
            <strong>{formatLongDate(latest.createdAt.slice(0, 10))}</strong> · {latest.fileName} ·{' '}
            {fileSize(latest.bytes)}
          </p>
          <TextField
            label={labels.recoveryKey}
            hint={labels.recoveryKeyHint}
            optional
            autoComplete="off"
            spellCheck={false}
            value={recoveryKey}
            onChange={setRecoveryKey}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={progress !== null}
              onClick={() => void restore()}
            >
              {labels.restoreLatest}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={progress !== null}
              onClick={onSkip}
            >
              {labels.startBlank}
            </button>
          </div>
          {progress ? <p role="status">{progress}</p> : null}
          <MessageLine message={message} />
        </section>
      </main>
    </>
  );
}
