import { settingsLabels } from '../labels';

const labels = settingsLabels.users;

/** "Simpan" and "Batal" under an account form. */
export function AccountFormButtons({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {labels.save}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {labels.cancel}
      </button>
    </div>
  );
}
