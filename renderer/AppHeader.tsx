import { catalogLabels } from './features/catalog/labels';

export function AppHeader({ title }: { title: string }) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true">
          L
        </span>
        <span className="app-header__name">{catalogLabels.app.name}</span>
        <span className="app-header__tagline">{catalogLabels.app.tagline}</span>
      </div>
      <h1 className="app-header__title">{title}</h1>
    </header>
  );
}
