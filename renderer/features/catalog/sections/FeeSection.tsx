import type { ServiceStandard } from '../../../../shared/standards/schema';
import { formatRupiah } from '../format';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

export function FeeSection({ n, standard }: { n: number; standard: ServiceStandard }) {
  const { amount, text } = standard.fee;
  return (
    <ComponentRow n={n} title={catalogLabels.sections.fee}>
      {amount === 0 && catalogLabels.fee.saysFree.test(text) ? (
        <p className="fee">
          <strong>{text}</strong>
        </p>
      ) : (
        <p className="fee">
          <strong>
            {amount === 0 ? catalogLabels.fee.free : catalogLabels.fee.amount(formatRupiah(amount))}
          </strong>
          {' · '}
          {text}
        </p>
      )}
    </ComponentRow>
  );
}
