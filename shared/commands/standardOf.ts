import { CatalogError, standardInForce, standardVersion, type Catalog } from '../standards/catalog';
import type { ServiceStandard } from '../standards/schema';
import type { CaseRecord } from '../cases/records';
import { deriveWorkflow } from '../workflow/derive';
import { WorkflowDefinitionError } from '../workflow/errors';
import type { Workflow } from '../workflow/types';
import { commandError } from './errors';
import type { CommandError } from './types';

export type StandardLookup =
  { ok: true; standard: ServiceStandard; workflow: Workflow } | { ok: false; error: CommandError };

/** The exact standard version a case was opened under, and its track's workflow. */
export function caseStandard(
  catalog: Catalog,
  record: Pick<CaseRecord, 'officeId' | 'serviceCode' | 'standardVersion' | 'trackId'>,
): StandardLookup {
  return lookup(
    () => standardVersion(catalog, record.officeId, record.serviceCode, record.standardVersion),
    record.trackId,
  );
}

/** The standard in force on the office-local date `date` (`YYYY-MM-DD`), for a new case. */
export function standardForNewCase(
  catalog: Catalog,
  officeId: string,
  serviceCode: string,
  trackId: string,
  date: string,
): StandardLookup {
  return lookup(() => standardInForce(catalog, officeId, serviceCode, date), trackId, {
    standard: 'serviceCode',
    track: 'trackId',
  });
}

function lookup(
  find: () => ServiceStandard,
  trackId: string,
  fields: { standard?: string; track?: string } = {},
): StandardLookup {
  try {
    const standard = find();
    return { ok: true, standard, workflow: deriveWorkflow(standard, trackId) };
  } catch (error) {
    if (error instanceof CatalogError) {
      return {
        ok: false,
        error: commandError('standard-not-found', error.message, fields.standard),
      };
    }
    if (error instanceof WorkflowDefinitionError) {
      return { ok: false, error: commandError(error.code, error.message, fields.track) };
    }
    throw error;
  }
}
