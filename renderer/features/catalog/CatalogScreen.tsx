import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Catalog } from '../../../shared/standards/catalog';
import { loadCatalogOnce } from './catalogSource';
import { EmptyState } from './EmptyState';
import { catalogLabels } from './labels';
import { OfficeList } from './OfficeList';
import { resolveView } from './selection';
import { ServiceList } from './ServiceList';
import { StandardView } from './StandardView';
import { useCatalogStore } from './useCatalogStore';
import { useNow } from './useNow';
import './catalog.css';
import './catalog-print.css';

export function CatalogScreen() {
  const loaded = loadCatalogOnce();
  if (!loaded.ok) {
    return (
      <main id="isi" className="catalog catalog--error">
        <div className="load-error" role="alert">
          <h2>{catalogLabels.loadError.title}</h2>
          <p>{catalogLabels.loadError.body}</p>
          <pre>{loaded.message}</pre>
        </div>
      </main>
    );
  }
  return <CatalogBrowser catalog={loaded.catalog} />;
}

function CatalogBrowser({ catalog }: { catalog: Catalog }) {
  const selection = useCatalogStore(
    useShallow((state) => ({
      officeId: state.officeId,
      serviceCode: state.serviceCode,
      version: state.version,
    })),
  );
  const now = useNow();
  const view = useMemo(() => resolveView(catalog, selection, now), [catalog, selection, now]);

  return (
    <div className="catalog">
      <nav className="catalog__nav" aria-label={catalogLabels.screen.navLabel}>
        <OfficeList offices={catalog.offices} selectedId={view.office?.id ?? null} />
        <ServiceList
          office={view.office}
          today={view.today}
          services={view.services}
          selectedCode={view.shown?.standard.serviceCode ?? null}
        />
      </nav>
      <main id="isi" className="catalog__main" tabIndex={-1}>
        {!view.office ? (
          <EmptyState
            title={catalogLabels.empty.noOfficeTitle}
            body={catalogLabels.empty.noOffice}
          />
        ) : !view.shown ? (
          <EmptyState
            title={catalogLabels.empty.noServiceTitle}
            body={catalogLabels.empty.noService}
          />
        ) : (
          <StandardView office={view.office} shown={view.shown} />
        )}
      </main>
    </div>
  );
}
