import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { holidayDates } from '../../../shared/workflow';
import { useSession } from '../auth/useSession';
import { caseHref, openCase } from '../case/caseLink';
import { ReasonDialog } from '../case/ReasonDialog';
import { useCommandContext } from '../case/useCommandContext';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { useNow } from '../catalog/useNow';
import { nextRow } from '../worklist/rowKeys';
import { workingRoles } from '../worklist/workingRoles';
import { inboxItems, type InboxItem } from './inboxItems';
import { InboxItemView } from './InboxItemView';
import { InboxOutcomeLine } from './InboxOutcomeLine';
import { inboxLabels } from './labels';
import { useInboxStore } from './useInboxStore';
import '../case/buttons.css';
import './inbox.css';

const holidays = holidayDates();

/** Paraf & tanda tangan: the drafts waiting for this person's initials or signature. */
export function InboxScreen() {
  const actor = useSession((state) => state.actor);
  const office = useSession((state) => state.office);
  const store = useInboxStore();
  const commandContext = useCommandContext();
  const now = useNow();
  const [active, setActive] = useState(0);
  const itemRefs = useRef<Array<HTMLLIElement | null>>([]);
  const loaded = loadCatalogOnce();
  const catalog = loaded.ok ? loaded.catalog : null;
  const roles = useMemo(
    () =>
      workingRoles(actor?.roles ?? []).filter((role) => role === 'reviewer' || role === 'signer'),
    [actor],
  );
  const { refresh } = store;

  useEffect(() => {
    void refresh(roles);
  }, [roles, refresh]);

  const records =
    store.load.status === 'ready'
      ? store.load.records
      : store.load.status === 'loading'
        ? store.load.previous
        : undefined;
  const items = useMemo(
    () =>
      records && catalog && office && actor
        ? inboxItems(records, { catalog, office, actor, now, holidays })
        : [],
    [records, catalog, office, actor, now],
  );
  const current = Math.min(active, Math.max(items.length - 1, 0));

  const focusedOnce = useRef(false);
  useEffect(() => {
    if (items.length === 0) return;
    if (!focusedOnce.current || store.outcome?.ok) itemRefs.current[current]?.focus();
    focusedOnce.current = true;
  }, [store.outcome, items.length, current]);

  if (!actor || !office) return null;
  const approve = (item: InboxItem) =>
    void store.run(
      item.record,
      item.kind === 'paraf' ? 'case.paraf' : 'case.sign',
      { stationId: item.station.id },
      commandContext(),
    );

  const onKeyDown = (index: number, item: InboxItem) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    const key = event.key.toLowerCase();
    if (key === inboxLabels.approveKey.toLowerCase()) {
      event.preventDefault();
      approve(item);
    } else if (key === inboxLabels.sendBackKey.toLowerCase()) {
      event.preventDefault();
      store.askSendBack(item.record);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openCase(item.record.id);
    } else {
      const next = nextRow(index, event.key, items.length, 5);
      if (next === undefined) return;
      event.preventDefault();
      setActive(next);
      itemRefs.current[next]?.focus();
    }
  };

  const positions = actor.positions ?? [];
  return (
    <main id="isi" className="inbox" tabIndex={-1}>
      <div className="inbox__top">
        <h2 className="inbox__heading">{inboxLabels.heading}</h2>
        <p className="muted">
          {positions.length > 0
            ? inboxLabels.positions(positions.join(', '))
            : inboxLabels.noPositions}
        </p>
      </div>
      <div aria-live="polite">
        {store.outcome && !store.sendingBack ? <InboxOutcomeLine outcome={store.outcome} /> : null}
      </div>
      {store.load.status === 'failed' ? (
        <p className="notice notice--warning" role="alert">
          {inboxLabels.loadError(store.load.message)}
        </p>
      ) : !records ? (
        <p className="muted">{inboxLabels.loading}</p>
      ) : items.length === 0 ? (
        <div className="inbox__empty">
          <p className="inbox__empty-title">{inboxLabels.empty.title}</p>
          <p className="muted">{inboxLabels.empty.body}</p>
        </div>
      ) : (
        <>
          <p className="inbox__count">
            {inboxLabels.count(items.length)}
            <span className="inbox__keys">{inboxLabels.keys}</span>
          </p>
          <ul className="inbox__list" aria-label={inboxLabels.listLabel}>
            {items.map((item, index) => (
              <InboxItemView
                key={item.record.id}
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                item={item}
                href={caseHref(item.record.id)}
                active={index === current}
                busy={store.running !== null}
                working={
                  store.running?.caseId === item.record.id &&
                  store.running.action !== 'case.sendBack'
                }
                timeZone={office.timeZone}
                now={now}
                onFocus={() => setActive(index)}
                onApprove={() => approve(item)}
                onSendBack={() => store.askSendBack(item.record)}
                onKeyDown={onKeyDown(index, item)}
              />
            ))}
          </ul>
        </>
      )}
      {store.sendingBack ? (
        <ReasonDialog
          key={store.sendingBack.id}
          action="case.sendBack"
          errors={store.outcome?.caseId === store.sendingBack.id ? store.outcome.errors : []}
          busy={store.running?.action === 'case.sendBack'}
          onSubmit={(payload) => {
            if (store.sendingBack)
              void store.run(store.sendingBack, 'case.sendBack', payload, commandContext());
          }}
          onClose={() => store.askSendBack(null)}
        />
      ) : null}
    </main>
  );
}
