import { AppHeader } from './AppHeader';
import { CatalogScreen } from './features/catalog/CatalogScreen';
import { catalogLabels } from './features/catalog/labels';

export function App() {
  return (
    <>
      <a className="skip-link" href="#isi">
        {catalogLabels.app.skipToContent}
      </a>
      <AppHeader title={catalogLabels.screen.title} />
      <CatalogScreen />
    </>
  );
}
