import type { ReactNode } from 'react';

export interface InfoItem {
  label: string;
  value: ReactNode;
}

/** Label–value rows; items without a value are left out. */
export function InfoList({ items }: { items: readonly InfoItem[] }) {
  const shown = items.filter(
    (item) => item.value !== undefined && item.value !== null && item.value !== '',
  );
  return (
    <dl className="info">
      {shown.map((item) => (
        <div key={item.label} className="info__row">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
