import type { ServiceStandard } from '../../../shared/standards/schema';
import { formatLongDate } from '../../../shared/dates/localDate';
import { catalogLabels } from './labels';

const labels = catalogLabels.standard;

export function StandardTitle({ standard }: { standard: ServiceStandard }) {
  return (
    <header className="poster__title">
      <p className="poster__kind">{labels.kind}</p>
      <h2 id="judul-standar" className="poster__heading" tabIndex={-1}>
        {standard.title}
      </h2>
      <p className="poster__decree">
        {labels.decree}: {standard.decree ?? labels.blank}
      </p>
      <p className="poster__version">
        {labels.versionLine(standard.version, formatLongDate(standard.effectiveFrom))}
        {' · '}
        {labels.serviceCode(standard.serviceCode)}
      </p>
    </header>
  );
}
