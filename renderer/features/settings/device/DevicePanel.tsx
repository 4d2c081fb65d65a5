import { useEffect, useState } from 'react';
import type { DesktopSettings } from '../../../../shared/desktopSettings';
import type { FolderPurpose, PrinterEntry } from '../../../../shared/ipc';
import { letterKindSchema, type LetterKind } from '../../../../shared/standards/schema';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { MessageLine, type Message } from '../../../components/MessageLine';
import { platform } from '../../../platform/platform';
import { letterLabels } from '../../letters/labels';
import { BackupSection } from '../../backup/BackupSection';
import { RecoveryKeySection } from '../../backup/RecoveryKeySection';
import { settingsLabels } from '../labels';
import './device.css';

const labels = settingsLabels.device;
const kindNames = letterLabels.pdf.jobTitle;

type Loaded = { settings: DesktopSettings; printers: PrinterEntry[] };

/** The desktop's own settings (archive, backups, printers, server), kept by main. */
export function DevicePanel({ office }: { office: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<DesktopSettings | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void (async () => {
      const [settings, printers] = await Promise.all([
        platform().loadSettings(),
        platform().listPrinters(),
      ]);
      if (!settings.ok) return setMessage({ text: settings.message, error: true });
      if (settings.value.notice) setMessage({ text: settings.value.notice, error: true });
      if (!printers.ok) setMessage({ text: printers.message, error: true });
      const value = {
        settings: settings.value.settings,
        printers: printers.ok ? printers.value : [],
      };
      setLoaded(value);
      setDraft(value.settings);
    })();
  }, []);

  if (!loaded || !draft) {
    return message ? <p className="field-error">{message.text}</p> : <p>{labels.loading}</p>;
  }

  const change = (next: Partial<DesktopSettings>) => setDraft({ ...draft, ...next });
  const changeBackup = (next: Partial<DesktopSettings['backup']>) =>
    change({ backup: { ...draft.backup, ...next } });

  const choose = async (purpose: FolderPurpose) => {
    const chosen = await platform().chooseFolder(purpose);
    if (!chosen.ok) return setMessage({ text: chosen.message, error: true });
    if (chosen.value === null) return;
    if (purpose === 'archive') change({ archiveDir: chosen.value });
    else changeBackup({ dir: chosen.value });
  };

  const save = async () => {
    const saved = await platform().saveSettings(draft);
    if (!saved.ok) return setMessage({ text: saved.message, error: true });
    setDraft(saved.value);
    setLoaded({ ...loaded, settings: saved.value });
    setMessage({ text: labels.saved, error: false });
  };

  // Main stored the recovery key's public half: take it over without losing unsaved edits.
  const keyCreated = async () => {
    const fresh = await platform().loadSettings();
    if (!fresh.ok) return setMessage({ text: fresh.message, error: true });
    const { recoveryRecipient } = fresh.value.settings.backup;
    setLoaded({ ...loaded, settings: fresh.value.settings });
    setDraft((current) =>
      current ? { ...current, backup: { ...current.backup, recoveryRecipient } } : current,
    );
  };

  const printerOptions = loaded.printers.map((printer) => ({
    value: printer.name,
    label:
      printer.description === printer.name
        ? printer.name
        : `${printer.description} (${printer.name})`,
  }));
  const setKindPrinter = (kind: LetterKind, name: string) => {
    const printers = { ...draft.printers };
    if (name === '') delete printers[kind];
    else printers[kind] = name;
    change({ printers });
  };
  const count = (value: string, fallback: number) => {
    const parsed = Number.parseInt(value, 10);
    return Number.isNaN(parsed) ? fallback : parsed;
  };

  return (
    <div className="device-panel">
      <p className="form-note">{labels.intro}</p>

      <fieldset className="form-section">
        <legend className="form-section__title">{labels.archiveHeading}</legend>
        <FolderRow
          label={labels.archiveDir}
          hint={labels.archiveHint}
          value={draft.archiveDir}
          onChoose={() => void choose('archive')}
          onClear={() => change({ archiveDir: null })}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{labels.backupHeading}</legend>
        <FolderRow
          label={labels.backupDir}
          hint={labels.backupHint}
          value={draft.backup.dir}
          onChoose={() => void choose('backup')}
          onClear={() => changeBackup({ dir: null })}
        />
        <div className="form-grid">
          <SelectField
            label={labels.schedule}
            options={(['daily', 'weekly', 'off'] as const).map((value) => ({
              value,
              label: labels.schedules[value],
            }))}
            value={draft.backup.schedule}
            onChange={(value) => value && changeBackup({ schedule: value })}
          />
          <TextField
            label={labels.keepDaily}
            type="number"
            min={1}
            max={31}
            value={String(draft.backup.keepDaily)}
            onChange={(value) => changeBackup({ keepDaily: count(value, draft.backup.keepDaily) })}
          />
          <TextField
            label={labels.keepWeekly}
            type="number"
            min={0}
            max={52}
            value={String(draft.backup.keepWeekly)}
            onChange={(value) =>
              changeBackup({ keepWeekly: count(value, draft.backup.keepWeekly) })
            }
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{labels.printersHeading}</legend>
        {loaded.printers.length === 0 ? <p className="form-note">{labels.noPrinters}</p> : null}
        <p className="form-note">{labels.printersIntro}</p>
        <SelectField
          label={labels.defaultPrinter}
          options={printerOptions}
          placeholder={labels.systemDefault}
          value={draft.defaultPrinter ?? ''}
          onChange={(value) => change({ defaultPrinter: value === '' ? null : value })}
        />
        <div className="form-grid">
          {letterKindSchema.options.map((kind) => (
            <SelectField
              key={kind}
              label={labels.kindPrinter(kindNames[kind])}
              options={printerOptions}
              placeholder={labels.sameAsDefault}
              value={draft.printers[kind] ?? ''}
              onChange={(value) => setKindPrinter(kind, value)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{labels.syncHeading}</legend>
        <TextField
          label={labels.serverUrl}
          hint={labels.serverHint}
          optional
          value={draft.serverUrl ?? ''}
          onChange={(value) => change({ serverUrl: value.trim() === '' ? null : value.trim() })}
        />
      </fieldset>

      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {labels.save}
        </button>
      </div>
      <MessageLine message={message} />

      <BackupSection office={office} configured={loaded.settings.backup.dir !== null} />
      <RecoveryKeySection
        present={loaded.settings.backup.recoveryRecipient !== null}
        onCreated={() => void keyCreated()}
      />
    </div>
  );
}

function FolderRow({
  label,
  hint,
  value,
  onChoose,
  onClear,
}: {
  label: string;
  hint: string;
  value: string | null;
  onChoose: () => void;
  onClear: () => void;
}) {
  return (
    <div className="device-panel__folder">
      <span className="field__label">{label}</span>
      <span className="field__hint">{hint}</span>
      <code className="device-panel__path">{value ?? labels.noFolder}</code>
      <span className="form-actions">
        <button type="button" className="button button--secondary" onClick={onChoose}>
          {labels.chooseFolder}
        </button>
        {value ? (
          <button type="button" className="button button--secondary" onClick={onClear}>
            {labels.clearFolder}
          </button>
        ) : null}
      </span>
    </div>
  );
}
