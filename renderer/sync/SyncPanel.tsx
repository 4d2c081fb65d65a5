import { useEffect, useRef, useState } from 'react';
import { TextField } from '../components/form/TextField';
import { MessageLine, type Message } from '../components/MessageLine';
import type { OutboxRow, SyncEnrolment } from '../db/rows';
import { exportBundle, importReturnBundle } from './bundles';
import { counterDb } from '../features/case/counterDb';
import { enrol } from './enrol';
import { syncLabels } from './labels';
import { startSync, useSync } from './syncSession';
import { SyncStatus } from './SyncStatus';

const m = syncLabels.panel;

/**
 * Settings → Sinkronisasi: enrol this counter with the office admin's code, see how sync
 * stands, and read why the server refused an op.
 */
export function SyncPanel({ officeId }: { officeId: string }) {
  const enrolment = useSync((state) => state.enrolment);
  const rejectedCount = useSync((state) => state.rejected);
  const [rejected, setRejected] = useState<OutboxRow[]>([]);

  useEffect(() => {
    void counterDb()
      .outbox.where('status')
      .equals('rejected')
      .toArray()
      .then((rows) => setRejected(rows.sort((a, b) => b.seq - a.seq)));
  }, [rejectedCount]);

  return (
    <div className="sync-panel">
      <h2 className="form-section__title">{m.heading}</h2>
      <p className="form-note">{m.intro}</p>
      {enrolment ? (
        <>
          <p>{m.enrolled(enrolment.label, enrolment.deviceId)}</p>
          <SyncStatus onPanel />
          <BundleSection enrolment={enrolment} />
        </>
      ) : (
        <EnrolForm officeId={officeId} />
      )}
      <h3 className="form-section__title">{m.rejectedHeading}</h3>
      {rejected.length === 0 ? (
        <p className="form-note">{m.rejectedEmpty}</p>
      ) : (
        <>
          <p className="form-note">{m.rejectedIntro}</p>
          <ul className="sync-panel__rejected">
            {rejected.map((row) => (
              <li key={row.opId}>
                <strong>{m.op(row.type, row.clientTime)}</strong>
                <br />
                {row.rejection?.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Sync by USB stick: the outbox to a file, the office's return file back. */
function BundleSection({ enrolment }: { enrolment: SyncEnrolment }) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const save = async () => {
    setBusy(true);
    const now = new Date();
    const written = await exportBundle(counterDb(), enrolment, now);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([new Uint8Array(written.bytes)], { type: 'application/json' }),
    );
    link.download = m.bundleFileName(enrolment.label, now);
    link.click();
    URL.revokeObjectURL(link.href);
    setBusy(false);
    setMessage({ text: m.bundleSaved(written.ops, written.blobs), error: false });
  };

  const read = async (file: File) => {
    setBusy(true);
    const result = await importReturnBundle(
      counterDb(),
      enrolment,
      new Uint8Array(await file.arrayBuffer()),
    );
    setBusy(false);
    setMessage(
      result.ok
        ? { text: m.bundleRead(result.answered, result.rejected, result.records), error: false }
        : { text: result.message, error: true },
    );
  };

  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{m.bundleHeading}</legend>
      <p className="form-note">{m.bundleIntro}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => void save()}
      >
        {m.bundleSave}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => fileRef.current?.click()}
      >
        {m.bundleOpen}
      </button>
      {/* Hidden, as for scans: the browser's own "Choose File" would not speak Indonesian. */}
      <input
        ref={fileRef}
        type="file"
        accept=".loketsync,application/json"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <MessageLine message={message} />
    </fieldset>
  );
}

/** The code and this laptop's name; on success sync starts at once. */
export function EnrolForm({
  officeId,
  onEnrolled,
}: {
  officeId: string | null;
  onEnrolled?: () => void;
}) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    const db = counterDb();
    const result = await enrol(db, { code, label, serverUrl: null, officeId, now: new Date() });
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.message, error: true });
    setMessage({ text: m.enrolled_ok, error: false });
    if (onEnrolled) onEnrolled();
    else await startSync(db);
  };

  return (
    <form
      className="form-section sync-enrol"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={m.code}
        hint={m.codeHint}
        value={code}
        onChange={setCode}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField label={m.label} hint={m.labelHint} value={label} onChange={setLabel} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? m.enrolling : m.enrol}
      </button>
      <MessageLine message={message} />
    </form>
  );
}
