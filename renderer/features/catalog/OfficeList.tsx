import type { Office } from '../../../shared/standards/schema';
import { catalogLabels } from './labels';
import { useCatalogStore } from './useCatalogStore';

const labels = catalogLabels.offices;

export function OfficeList({
  offices,
  selectedId,
}: {
  offices: readonly Office[];
  selectedId: string | null;
}) {
  const chooseOffice = useCatalogStore((state) => state.chooseOffice);
  return (
    <section className="nav-section" aria-labelledby="kantor-heading">
      <h2 id="kantor-heading" className="nav-section__heading">
        {labels.heading}
        <span className="nav-section__count">{labels.count(offices.length)}</span>
      </h2>
      <ul className="choice-list" aria-label={labels.listLabel}>
        {offices.map((office) => (
          <li key={office.id}>
            <button
              type="button"
              className="choice"
              aria-pressed={office.id === selectedId}
              onClick={() => chooseOffice(office.id)}
            >
              <span className="choice__title">{office.government}</span>{' '}
              <span className="choice__sub">
                {office.name} · {office.city}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
