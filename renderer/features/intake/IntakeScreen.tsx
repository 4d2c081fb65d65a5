import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { todayIn } from '../../../shared/dates/localDate';
import { CatalogError, servicesInForce, type Catalog } from '../../../shared/standards/catalog';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { useNow } from '../catalog/useNow';
import type { ScreenProps } from '../shell/routes';
import { chooseService } from './choices';
import { newDraft } from './draft';
import { intakeStoreFor } from './intakeStore';
import { IntakeWizard } from './IntakeWizard';
import { intakeLabels } from './labels';
import { ReturnSlip } from './ReturnSlip';
import { openCaseDetail, useIntakeSession, type IntakeSession } from './submitIntake';

const labels = intakeLabels.screen;

/** "Permohonan baru": the intake wizard of the signed-in clerk, resumed from their draft. */
export function IntakeScreen(_props: ScreenProps) {
  const session = useIntakeSession();
  const loaded = loadCatalogOnce();
  if (!session || !session.mayRegister || !loaded.ok) {
    return (
      <main id="isi" className="intake-message" tabIndex={-1}>
        <p role="alert">
          {!session
            ? labels.noSession
            : !session.mayRegister
              ? labels.noRole
              : labels.catalogFailed}
        </p>
        {loaded.ok ? null : <pre>{loaded.message}</pre>}
      </main>
    );
  }
  return <IntakeForUser key={session.userId} session={session} catalog={loaded.catalog} />;
}

function offeredServices(catalog: Catalog, session: IntakeSession, today: string) {
  try {
    return servicesInForce(catalog, session.office.id, today).filter((service) =>
      session.office.serviceCodes.includes(service.serviceCode),
    );
  } catch (error) {
    if (error instanceof CatalogError) return [];
    throw error;
  }
}

function IntakeForUser({ session, catalog }: { session: IntakeSession; catalog: Catalog }) {
  const store = intakeStoreFor(session.userId);
  const draft = useStore(store, (state) => state.draft);
  const slip = useStore(store, (state) => state.slip);
  const today = todayIn(session.office.timeZone, useNow());
  const services = useMemo(
    () => offeredServices(catalog, session, today),
    [catalog, session, today],
  );

  useEffect(() => {
    if (draft || slip) return;
    const fresh = newDraft({
      regencyCode: session.office.regencyCode,
      today,
      officer: session.userName,
    });
    const [only] = services;
    store.getState().start(services.length === 1 && only ? chooseService(fresh, only) : fresh);
  }, [draft, slip, store, session, today, services]);

  if (slip) {
    return (
      <ReturnSlip
        slip={slip}
        onOpenCase={() => {
          store.getState().clear();
          openCaseDetail(slip.caseId);
        }}
        onDone={() => store.getState().clear()}
      />
    );
  }
  if (!draft) return null;
  return (
    <IntakeWizard draft={draft} store={store} session={session} services={services} today={today} />
  );
}
