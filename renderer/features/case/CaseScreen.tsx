import { useEffect, useRef } from 'react';
import { useBusyWhileShown } from '../../platform/useBusyWhileShown';
import { useSession } from '../auth/useSession';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { formatHash, homeRoute } from '../shell/routing';
import { CaseDetailView } from './CaseDetailView';
import { caseLabels } from './labels';
import { useCaseStore } from './useCaseStore';
import './case.css';

/** Detail permohonan (`#/kasus/<id>`): the case, its steps and the actions open to this person. */
export function CaseScreen({ section }: { section: string | null }) {
  const actor = useSession((state) => state.actor);
  const office = useSession((state) => state.office);
  const user = useSession((state) => state.user);
  const load = useCaseStore((state) => state.load);
  const open = useCaseStore((state) => state.open);
  const caseId = useCaseStore((state) => state.caseId);
  const loaded = loadCatalogOnce();

  const mainRef = useRef<HTMLElement>(null);
  useBusyWhileShown();

  useEffect(() => {
    if (section) void open(section);
    mainRef.current?.focus();
  }, [section, open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key !== 'Escape' ||
        event.defaultPrevented ||
        document.querySelector('dialog[open]')
      ) {
        return;
      }
      const tag = (event.target as HTMLElement | null)?.tagName?.toLowerCase();
      if (tag === 'input' || tag === 'textarea' || tag === 'select') return;
      window.location.hash = formatHash(homeRoute);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const view =
    caseId === section
      ? load.status === 'ready'
        ? load.view
        : load.status === 'loading'
          ? load.previous
          : undefined
      : undefined;

  return (
    <main id="isi" ref={mainRef} className="case-screen" tabIndex={-1}>
      <a className="case-screen__back" href={formatHash(homeRoute)}>
        ← {caseLabels.back} <span className="case-screen__key">{caseLabels.backKey}</span>
      </a>
      {!section || (caseId === section && load.status === 'missing') ? (
        <div className="case-screen__message">
          <h2>{caseLabels.notFound.title}</h2>
          <p>{caseLabels.notFound.body}</p>
        </div>
      ) : load.status === 'failed' ? (
        <p className="notice notice--warning" role="alert">
          {caseLabels.loadError(load.message)}
        </p>
      ) : !loaded.ok ? (
        <p className="notice notice--warning" role="alert">
          {caseLabels.loadError(loaded.message)}
        </p>
      ) : view && actor && office ? (
        <CaseDetailView
          view={view}
          catalog={loaded.catalog}
          office={office}
          actor={actor}
          userId={user?.id ?? ''}
          userName={user?.name ?? ''}
        />
      ) : (
        <p className="muted">{caseLabels.loading}</p>
      )}
    </main>
  );
}
