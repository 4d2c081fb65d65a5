import type { ReactNode } from 'react';

/** One numbered component of a standard: a row of the poster table. */
export function ComponentRow({
  n,
  title,
  children,
}: {
  n: number;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="component" id={`komponen-${n}`} aria-labelledby={`komponen-${n}-judul`}>
      <h3 className="component__title" id={`komponen-${n}-judul`}>
        <span className="component__no">{n}.</span> {title}
      </h3>
      <div className="component__body">{children}</div>
    </section>
  );
}
