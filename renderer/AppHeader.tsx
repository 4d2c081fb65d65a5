import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { shellLabels } from './features/shell/labels';

const labels = shellLabels.app;

/** Moves the focus to the screen's `<main id="isi">` without touching the address hash. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById('isi');
  if (!main) return;
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  main.focus();
}

/**
 * The bar on top of every screen: the app, the screen's title (also the window's), and
 * what `children` adds on the right.
 */
export function AppHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = labels.documentTitle(title);
  }, [title]);
  return (
    <>
      <a className="skip-link" href="#isi" onClick={skipToContent}>
        {labels.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__mark" aria-hidden="true">
            L
          </span>
          <span className="app-header__name">{labels.name}</span>
          <span className="app-header__tagline">{labels.tagline}</span>
        </div>
        <h1 className="app-header__title">{title}</h1>
        {children ? <div className="app-header__end">{children}</div> : null}
      </header>
    </>
  );
}
