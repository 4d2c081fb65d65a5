import type { StaffRole } from '../../../shared/workflow/types';
import { shellLabels } from './labels';
import { routes } from './routes';
import { canOpen, formatHash, routeIds, type RouteId } from './routing';

/** The left navigation: only the screens the user's roles may open. */
export function SideNav({ current, roles }: { current: RouteId; roles: readonly StaffRole[] }) {
  return (
    <nav className="side-nav" aria-label={shellLabels.nav.label}>
      <ul className="side-nav__list">
        {routeIds
          .filter((id) => canOpen(id, roles))
          .map((id) => (
            <li key={id}>
              <a
                className="side-nav__link"
                href={formatHash({ id, section: null })}
                aria-current={id === current ? 'page' : undefined}
              >
                <span className="side-nav__text">{routes[id].nav}</span>
                <span className="side-nav__hint">{routes[id].hint}</span>
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
