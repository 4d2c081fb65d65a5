import type { ServiceStandard } from '../../../../shared/standards/schema';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.legalBasis;

export function LegalBasisSection({ n, standard }: { n: number; standard: ServiceStandard }) {
  return (
    <ComponentRow n={n} title={catalogLabels.sections.legalBasis}>
      {standard.legalBasis.length === 0 ? (
        <p className="muted">{labels.none}</p>
      ) : (
        <ol className="numbered">
          {standard.legalBasis.map((basis) => (
            <li key={`${basis.instrument}-${basis.number}-${basis.year}`}>
              {labels.item(basis.instrument, basis.number, basis.year, basis.title)}
            </li>
          ))}
        </ol>
      )}
    </ComponentRow>
  );
}
