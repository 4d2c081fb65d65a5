import { hasRole } from '../../../shared/users/user';
import { useSession } from '../auth/useSession';
import type { ScreenProps } from '../shell/routes';
import { formatHash } from '../shell/routing';
import { settingsLabels } from './labels';
import { OfficePanel } from './office/OfficePanel';
import { StandardsPanel } from './standards/StandardsPanel';
import { UsersPanel } from './users/UsersPanel';
import './settings.css';

const labels = settingsLabels.screen;
const sections = ['kantor', 'pengguna', 'standar'] as const;
type Section = (typeof sections)[number];

function sectionOf(section: string | null): Section {
  return sections.find((candidate) => candidate === section) ?? 'kantor';
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
        {sections.map((candidate) => (
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
        ) : (
          <StandardsPanel office={office} />
        )}
      </div>
    </main>
  );
}
