import type { Office, ServiceStandard } from '../../../shared/standards/schema';
import { formatLongDate } from '../../../shared/dates/localDate';
import { catalogLabels } from './labels';
import { useCatalogStore } from './useCatalogStore';

const labels = catalogLabels.services;

export function ServiceList({
  office,
  today,
  services,
  selectedCode,
}: {
  office: Office | null;
  today: string | null;
  services: readonly ServiceStandard[];
  selectedCode: string | null;
}) {
  const chooseService = useCatalogStore((state) => state.chooseService);

  const choose = (serviceCode: string) => {
    chooseService(serviceCode);
    // Take keyboard and screen-reader users to the standard they opened.
    window.requestAnimationFrame(() => document.getElementById('judul-standar')?.focus());
  };

  return (
    <section className="nav-section" aria-labelledby="layanan-heading">
      <h2 id="layanan-heading" className="nav-section__heading">
        {labels.heading}
      </h2>
      {today ? (
        <p className="nav-section__note">{catalogLabels.screen.todayIs(formatLongDate(today))}</p>
      ) : null}
      {!office ? (
        <p className="nav-section__empty">{labels.chooseOfficeFirst}</p>
      ) : services.length === 0 ? (
        <p className="nav-section__empty">{labels.none}</p>
      ) : (
        <ul className="choice-list" aria-label={labels.listLabel}>
          {services.map((service) => (
            <li key={service.serviceCode}>
              <button
                type="button"
                className="choice choice--service"
                aria-pressed={service.serviceCode === selectedCode}
                onClick={() => choose(service.serviceCode)}
              >
                <span className="choice__title">{service.title}</span>{' '}
                <span className="choice__meta">
                  <span className="code">{service.serviceCode}</span>
                  {' · '}
                  {labels.version(service.version)}
                  {' · '}
                  {labels.since(formatLongDate(service.effectiveFrom))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
