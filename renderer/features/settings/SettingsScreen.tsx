import { hasRole } from '../../../shared/users/user';
import { isDesktop } from '../../platform/platform';
import { useSession } from '../auth/useSession';
import type { ScreenProps } from '../shell/routes';
import { formatHash } from '../shell/routing';
import { settingsLabels } from './labels';
import { DevicePanel } from './device/DevicePanel';
import { OfficePanel } from './office/OfficePanel';
import { StandardsPanel } from './standards/StandardsPanel';
import { UsersPanel } from './users/UsersPanel';
import { SyncPanel } from '../../sync/SyncPanel';
import './settings.css';

const labels = settingsLabels.screen;
const allSections = ['kantor', 'pengguna', 'standar', 'sinkronisasi', 'perangkat'] as const;
type Section = (typeof allSections)[number];

/** The device's own settings are main's, so only the desktop app has them. */
const sectionsHere = (): readonly Section[] =>
  isDesktop() ? allSections : allSections.filter((section) => section !== 'perangkat');

function sectionOf(section: string | null): Section {
  return sectionsHere().find((candidate) => candidate === section) ?? 'kantor';
}

/** Admin only: the office profile, the accounts, the standards in force. */
export function SettingsScreen({ section }: ScreenProps) {
  const user = useSession((state) => state.user);
  const office = useSession((state) => state.office);
  const current = sectionOf(section);

  if (!hasRole(user, 'admin') || !office) {
    return (
      <main id="isi" className="settings" tabIndex={-1}>
        <p className="field-error">{labels.adminOnly}</p>
      </main>
    );
  }
  return (
    <main id="isi" className="settings" tabIndex={-1}>
      <nav className="settings__tabs" aria-label={labels.tabsLabel}>
        {sectionsHere().map((candidate) => (
          <a
            key={candidate}
            className="settings__tab"
            href={formatHash({ id: 'settings', section: candidate })}
            aria-current={candidate === current ? 'page' : undefined}
          >
            {labels.tabs[candidate]}
          </a>
        ))}
      </nav>
      <div className="settings__panel">
        {current === 'kantor' ? (
          <OfficePanel office={office} />
        ) : current === 'pengguna' ? (
          <UsersPanel office={office} />
        ) : current === 'perangkat' ? (
          <DevicePanel office={office.id} />
        ) : current === 'sinkronisasi' ? (
          <SyncPanel officeId={office.id} />
        ) : (
          <StandardsPanel office={office} />
        )}
      </div>
    </main>
  );
}
