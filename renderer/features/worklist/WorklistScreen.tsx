import { useEffect, useMemo, useRef, useState } from 'react';
import { todayIn } from '../../../shared/dates/localDate';
import { holidayDates } from '../../../shared/workflow';
import { useSession } from '../auth/useSession';
import { caseHref, openCase } from '../case/caseLink';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { useNow } from '../catalog/useNow';
import { useSync } from '../../sync/syncSession';
import { worklistLabels } from './labels';
import { monthOptions } from './months';
import { Pager } from './Pager';
import { refreshAfterSync } from './refreshAfterSync';
import { RoleSwitch } from './RoleSwitch';
import { isSearchShortcut } from './rowKeys';
import { SearchBox } from './SearchBox';
import { serviceOptions } from './serviceOptions';
import { StorageWarning } from './StorageWarning';
import { useDebounced } from './useDebounced';
import { useWorklistStore } from './useWorklistStore';
import { workingRoles } from './workingRoles';
import { WorklistFilters } from './WorklistFilters';
import { worklistRows } from './worklistRows';
import { PAGE_SIZE } from './worklistStore';
import { WorklistTable } from './WorklistTable';
import './worklist.css';

const holidays = holidayDates();
const SEARCH_DELAY_MS = 150;

/** Beranda: the cases waiting for me first, priority cases on top, with the SLA of each. */
export function WorklistScreen() {
  const actor = useSession((state) => state.actor);
  const office = useSession((state) => state.office);
  const store = useWorklistStore();
  const now = useNow();
  const [text, setText] = useState('');
  const searchText = useDebounced(text, SEARCH_DELAY_MS);
  const searchRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const loaded = loadCatalogOnce();
  const catalog = loaded.ok ? loaded.catalog : null;

  const roles = useMemo(() => workingRoles(actor?.roles ?? []), [actor]);
  const role = store.role && roles.includes(store.role) ? store.role : (roles[0] ?? 'fo');
  const { setRole, refresh, runSearch } = store;

  useEffect(() => {
    setRole(role);
    void refresh();
  }, [role, setRole, refresh]);

  useEffect(() => refreshAfterSync(useSync, () => void refresh()), [refresh]);

  useEffect(() => {
    void runSearch(searchText);
  }, [searchText, runSearch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && text !== '' && !event.defaultPrevented) {
        setText('');
        searchRef.current?.focus();
        return;
      }
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [text]);

  const timeZone = office?.timeZone ?? 'Asia/Jakarta';
  const services = useMemo(
    () =>
      catalog && office
        ? serviceOptions(catalog, office.id, todayIn(timeZone, now), office.serviceCodes)
        : [],
    [catalog, office, timeZone, now],
  );
  const months = useMemo(() => monthOptions(now, timeZone), [now, timeZone]);

  const searching = store.search !== null && text.trim() !== '';
  const source = searching ? store.search : store.list;
  const rows = useMemo(() => {
    const data =
      source?.status === 'ready'
        ? source.data
        : source?.status === 'loading'
          ? source.previous
          : undefined;
    if (!data || !catalog || !office || !actor) return [];
    return worklistRows(data.records, { catalog, office, now, role, actor, holidays });
  }, [source, catalog, office, now, role, actor]);

  if (!actor || !office) return null;
  const observer = roles.length === 0;
  const focusRows = () => bodyRef.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus();
  const list = store.list.status === 'ready' ? store.list.data : undefined;
  const caption = searching
    ? store.search?.status === 'ready'
      ? worklistLabels.search.results(store.search.data.records.length, store.search.data.text)
      : worklistLabels.loading
    : !list
      ? worklistLabels.loading
      : store.filters.status === 'open'
        ? worklistLabels.waitingForRole(
            list.myTurnCount,
            list.myTurnCountCapped,
            worklistLabels.roles[role],
          )
        : worklistLabels.withStatus(worklistLabels.statuses[store.filters.status]);
  const failure = source?.status === 'failed' ? source.message : null;
  const pageBy = (step: -1 | 1) => {
    if (step === 1 && list?.hasMore) store.setPage(store.page + 1);
    if (step === -1 && store.page > 0) store.setPage(store.page - 1);
  };

  return (
    <main id="isi" className="worklist" tabIndex={-1}>
      <StorageWarning />
      <div className="worklist__bar">
        <SearchBox ref={searchRef} value={text} onChange={setText} onLeave={focusRows} />
        {searching ? null : (
          <WorklistFilters
            filters={store.filters}
            services={services}
            months={months}
            onChange={store.setFilters}
            onReset={store.resetFilters}
          />
        )}
        <RoleSwitch roles={roles} value={role} onChange={store.setRole} />
      </div>
      {failure ? (
        <p className="notice notice--warning" role="alert">
          {worklistLabels.loadError(failure)}
        </p>
      ) : null}
      <p className="worklist__caption" aria-live="polite">
        {caption}
        {searching && store.search?.status === 'ready' && store.search.data.limited ? (
          <span className="muted">
            {' '}
            · {worklistLabels.search.limited(store.search.data.records.length)}
          </span>
        ) : null}
        {searching ? <span className="muted"> · {worklistLabels.search.back}</span> : null}
      </p>
      {rows.length > 0 ? (
        <WorklistTable
          ref={bodyRef}
          rows={rows}
          caption={caption}
          observer={observer}
          timeZone={timeZone}
          now={now}
          hrefOf={caseHref}
          focusId={store.lastOpened}
          onOpen={(caseId) => {
            store.rememberOpened(caseId);
            openCase(caseId);
          }}
          {...(searching ? {} : { onPage: pageBy })}
        />
      ) : source?.status === 'ready' && !searching ? (
        <div className="worklist__empty">
          <p className="worklist__empty-title">{worklistLabels.empty.title}</p>
          <p className="muted">{worklistLabels.empty.body}</p>
        </div>
      ) : null}
      {!searching && list ? (
        <Pager
          page={store.page}
          pageSize={PAGE_SIZE}
          shown={list.records.length}
          hasMore={list.hasMore}
          onPage={store.setPage}
        />
      ) : null}
    </main>
  );
}
