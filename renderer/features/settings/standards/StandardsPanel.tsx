import { useState } from 'react';
import { formatLongDate, todayIn } from '../../../../shared/dates/localDate';
import type { OfficeProfile } from '../../../../shared/office/profile';
import { useSession } from '../../auth/useSession';
import { loadCatalogOnce } from '../../catalog/catalogSource';
import { settingsLabels } from '../labels';
import { refusalText, useAdminCommand } from '../useAdminCommand';
import { standardRows } from './standardRows';

const labels = settingsLabels.standards;
const badge = {
  inForce: 'badge--inForce',
  superseded: 'badge--superseded',
  upcoming: 'badge--upcoming',
};

/** The catalog's standards for this office, with version and date, and which services it offers. */
export function StandardsPanel({ office }: { office: OfficeProfile }) {
  const setOffice = useSession((state) => state.setOffice);
  const [offered, setOffered] = useState<string[]>(office.serviceCodes);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const loaded = loadCatalogOnce();
  const run = useAdminCommand();
  const standards = loaded.ok
    ? (loaded.catalog.packs.find((pack) => pack.office.id === office.id)?.standards ?? [])
    : [];
  const rows = standardRows(standards, todayIn(office.timeZone));

  const save = async () => {
    if (offered.length === 0) {
      setStatus({ ok: false, text: labels.atLeastOne });
      return;
    }
    const profile = { ...office, serviceCodes: offered };
    const result = await run('office.updateProfile', { profile });
    if (!result.ok) {
      setStatus({ ok: false, text: refusalText(result) });
      return;
    }
    setOffice(profile);
    setStatus({ ok: true, text: labels.saved });
  };

  return (
    <section className="settings-panel" aria-labelledby="standards-heading">
      <div>
        <h2 id="standards-heading" className="settings-panel__title">
          {labels.heading}
        </h2>
        <p className="settings-panel__intro">{labels.intro}</p>
      </div>
      {rows.length === 0 ? (
        <p className="form-note">{labels.none}</p>
      ) : (
        <table className="data-table" aria-label={labels.tableLabel}>
          <thead>
            <tr>
              <th scope="col">{labels.columns.offered}</th>
              <th scope="col">{labels.columns.code}</th>
              <th scope="col">{labels.columns.title}</th>
              <th scope="col">{labels.columns.version}</th>
              <th scope="col">{labels.columns.effective}</th>
              <th scope="col">{labels.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ standard, status: rowStatus, firstOfService }) => (
              <tr key={`${standard.serviceCode}@${standard.version}`}>
                <td>
                  {firstOfService ? (
                    <input
                      type="checkbox"
                      aria-label={labels.offered(standard.serviceCode)}
                      checked={offered.includes(standard.serviceCode)}
                      onChange={(event) =>
                        setOffered(
                          event.target.checked
                            ? [...offered, standard.serviceCode]
                            : offered.filter((code) => code !== standard.serviceCode),
                        )
                      }
                    />
                  ) : null}
                </td>
                <td className="code">{standard.serviceCode}</td>
                <td>{standard.title}</td>
                <td>{standard.version}</td>
                <td>{formatLongDate(standard.effectiveFrom)}</td>
                <td>
                  <span className={`badge ${badge[rowStatus]}`}>{labels[rowStatus]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {labels.save}
        </button>
        {status ? (
          <p
            className={status.ok ? 'form-status' : 'field-error'}
            role={status.ok ? 'status' : 'alert'}
          >
            {status.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}
