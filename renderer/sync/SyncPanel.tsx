import { useEffect, useRef, useState } from 'react';
import { TextField } from '../components/form/TextField';
import { MessageLine, type Message } from '../components/MessageLine';
import { saveFile } from '../components/saveFile';
import type { OutboxRow, SyncEnrolment } from '../db/rows';
import { exportBundle, importReturnBundle, relayBundle } from './bundles';
import { counterDb } from '../features/case/counterDb';
import { isDesktop, platform } from '../platform/platform';
import { enrol } from './enrol';
import { syncMessages } from '../../shared/sync/messages';
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

/** A bundle's bytes as the file saved to the stick. */
const bundleFile = (bytes: Uint8Array) =>
  new Blob([new Uint8Array(bytes)], { type: 'application/json' });

/**
 * A button that opens a bundle file. The file input is hidden, as for scans: the browser's own
 * "Choose File" would not speak Indonesian.
 */
function BundleFileButton(props: {
  label: string;
  testId: string;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".loketsync,application/json"
        hidden
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

/**
 * Sync by USB stick: the outbox to a file, the office's return file back; and, for a counter
 * that is online, another counter's bundle handed on to the server, its return file saved.
 */
function BundleSection({ enrolment }: { enrolment: SyncEnrolment }) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const now = new Date();
    let written;
    try {
      written = await exportBundle(counterDb(), enrolment, now);
    } catch (error) {
      // On the desktop main signs the bundle; it says in Indonesian why it could not.
      setBusy(false);
      console.error('sync: the bundle could not be written', error);
      return setMessage({
        text: error instanceof Error ? error.message : String(error),
        error: true,
      });
    }
    saveFile(bundleFile(written.bytes), m.bundleFileName(enrolment.label, now));
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

  const relay = async (file: File) => {
    setBusy(true);
    try {
      const relayed = await relayBundle(enrolment, new Uint8Array(await file.arrayBuffer()));
      if (!relayed.ok) return setMessage({ text: relayed.message, error: true });
      saveFile(bundleFile(relayed.bytes), m.relayFileName(relayed.deviceId, new Date()));
      setMessage({ text: m.relayed, error: false });
    } catch (error) {
      console.error('sync: the bundle could not be handed on', error);
      setMessage({ text: syncMessages.unexpected(String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{m.bundleHeading}</legend>
      <p className="form-note">{m.bundleIntro}</p>
      <div className="sync-panel__buttons">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void save()}
        >
          {m.bundleSave}
        </button>
        <BundleFileButton
          label={m.bundleOpen}
          testId="return-bundle-file"
          disabled={busy}
          onFile={(file) => void read(file)}
        />
      </div>
      <p className="form-note">{m.relayIntro}</p>
      <div className="sync-panel__buttons">
        <BundleFileButton
          label={m.relayOpen}
          testId="relay-bundle-file"
          disabled={busy}
          onFile={(file) => void relay(file)}
        />
      </div>
      <MessageLine message={message} />
    </fieldset>
  );
}

/**
 * The code and this laptop's name, and on the desktop the server's address (main posts the
 * enrolment there); on success sync starts at once.
 */
export function EnrolForm({
  officeId,
  onEnrolled,
}: {
  officeId: string | null;
  onEnrolled?: () => void;
}) {
  const desktop = isDesktop();
  const [serverUrl, setServerUrl] = useState('');
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  // The address main already knows (Pengaturan › Perangkat ini), as a start.
  useEffect(() => {
    if (!desktop) return;
    void platform()
      .loadSettings()
      .then((loaded) => {
        const known = loaded.ok ? loaded.value.settings.serverUrl : null;
        if (known) setServerUrl((typed) => typed || known);
      });
  }, [desktop]);

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    const db = counterDb();
    const result = await enrol(db, {
      code,
      label,
      serverUrl: desktop ? serverUrl : null,
      officeId,
      now: new Date(),
      ...(desktop ? { main: platform() } : {}),
    });
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
      {desktop ? (
        <TextField
          label={m.server}
          hint={m.serverHint}
          inputMode="url"
          value={serverUrl}
          onChange={setServerUrl}
          autoComplete="url"
          spellCheck={false}
        />
      ) : null}
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
