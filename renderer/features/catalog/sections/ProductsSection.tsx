import type { Product, ServiceStandard } from '../../../../shared/standards/schema';
import { describeCondition } from '../conditionText';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.products;

export function ProductsSection({
  n,
  standard,
  trackLabel,
}: {
  n: number;
  standard: ServiceStandard;
  trackLabel: (trackId: string) => string;
}) {
  return (
    <ComponentRow n={n} title={catalogLabels.sections.products}>
      <ol className="numbered products">
        {standard.products.map((product) => (
          <ProductItem key={product.id} product={product} trackLabel={trackLabel} />
        ))}
      </ol>
    </ComponentRow>
  );
}

function ProductItem({
  product,
  trackLabel,
}: {
  product: Product;
  trackLabel: (trackId: string) => string;
}) {
  const rules = product.addressee ?? [];
  return (
    <li className="product">
      <span className="product__label">{product.label}</span>{' '}
      <span className="tag">{product.kind === 'letter' ? labels.letter : labels.external}</span>
      {product.track ? (
        <>
          {' '}
          <span className="tag">
            {labels.track}: {trackLabel(product.track)}
          </span>
        </>
      ) : null}
      {rules.length === 1 && !rules[0]?.when ? (
        <p className="product__to">
          {labels.addressedTo}: {rules[0]?.to}
        </p>
      ) : rules.length > 0 ? (
        <div className="product__to">
          {labels.addressedTo}:
          <ul className="plain-list product__rules">
            {rules.map((rule) => (
              <li key={rule.to}>
                {rule.when
                  ? labels.addressedToWhen(rule.to, describeCondition(rule.when))
                  : rules.length > 1
                    ? labels.otherwise(rule.to)
                    : rule.to}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
