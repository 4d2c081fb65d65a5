import type { CaseRecord } from '../../../shared/cases/records';
import { standardVersion, type Catalog } from '../../../shared/standards/catalog';
import type { Office, ServiceStandard } from '../../../shared/standards/schema';
import {
  caseSla,
  deriveWorkflow,
  officeClock,
  stationVisits,
  type CaseSla,
  type OfficeClock,
  type StationVisit,
  type Workflow,
} from '../../../shared/workflow';

export type CaseRef = Pick<
  CaseRecord,
  'officeId' | 'serviceCode' | 'standardVersion' | 'trackId' | 'workflow'
>;

/** The standard version a case was opened under, its state machine and its office's clock. */
export interface CaseClock {
  standard: ServiceStandard;
  workflow: Workflow;
  clock: OfficeClock;
}

const workflows = new WeakMap<
  Catalog,
  Map<string, { standard: ServiceStandard; workflow: Workflow }>
>();

/** The case's own standard version and workflow, derived once per catalog. */
export function caseWorkflow(
  catalog: Catalog,
  ref: Pick<CaseRef, 'officeId' | 'serviceCode' | 'standardVersion' | 'trackId'>,
): { standard: ServiceStandard; workflow: Workflow } {
  let cache = workflows.get(catalog);
  if (!cache) {
    cache = new Map();
    workflows.set(catalog, cache);
  }
  const key = `${ref.officeId}|${ref.serviceCode}|${ref.standardVersion}|${ref.trackId}`;
  let found = cache.get(key);
  if (!found) {
    const standard = standardVersion(catalog, ref.officeId, ref.serviceCode, ref.standardVersion);
    found = { standard, workflow: deriveWorkflow(standard, ref.trackId) };
    cache.set(key, found);
  }
  return found;
}

export function caseClock(
  catalog: Catalog,
  office: Office,
  ref: CaseRef,
  holidays?: readonly string[],
): CaseClock {
  const { standard, workflow } = caseWorkflow(catalog, ref);
  return { standard, workflow, clock: officeClock(office, standard, holidays) };
}

/** The whole case against its published completion time. */
export function measureCase(clock: CaseClock, ref: CaseRef, now: Date): CaseSla {
  return caseSla(clock.standard, clock.workflow, ref.workflow, clock.clock, now);
}

/** Every stay at a station, oldest first, each against its step's target. */
export function measureSteps(clock: CaseClock, ref: CaseRef, now: Date): StationVisit[] {
  return stationVisits(clock.workflow, ref.workflow, clock.clock, now);
}
