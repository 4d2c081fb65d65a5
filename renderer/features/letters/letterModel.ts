// What the case screen's letter panel offers: whether the case has a letter at all, whether
// it may be issued now and by whom, and which officials may sign it.
import type { CaseRecord } from '../../../shared/cases/records';
import { letterIssueGate } from '../../../shared/commands/letterIssue';
import { caseStandard } from '../../../shared/commands/standardOf';
import type { OfficeProfile, Signer } from '../../../shared/office/profile';
import type { Catalog } from '../../../shared/standards/catalog';
import { isTerminal } from '../../../shared/workflow';
import { resolveAddressee } from '../../../shared/workflow/addressee';
import type { StaffRole } from '../../../shared/workflow/types';
import { letterLabels } from './labels';

export type LetterModel =
  | { kind: 'none' }
  | {
      kind: 'letter';
      /** Why issuing is not possible now, or null when the user may issue it. */
      blocked: string | null;
      signers: readonly Signer[];
    };

export function letterModel(
  record: CaseRecord,
  roles: readonly StaffRole[],
  catalog: Catalog,
  office: OfficeProfile,
): LetterModel {
  const found = caseStandard(catalog, record);
  if (!found.ok) return { kind: 'none' };
  const { standard, workflow } = found;
  const product = standard.products.find(
    (candidate) =>
      candidate.kind === 'letter' &&
      candidate.letterKind !== undefined &&
      (candidate.track === undefined || candidate.track === record.trackId),
  );
  const signStation = workflow.stations.find((station) => station.kind === 'sign');
  if (!product || !signStation) return { kind: 'none' };

  const signers = office.signers.filter(
    (signer) => !signStation.signers || signStation.signers.includes(signer.position),
  );
  const gate = letterIssueGate(workflow.stations, record.stationId, roles);
  const addressee = resolveAddressee(standard, record.trackId, record.workflow.facts);
  const blocked = isTerminal(record.status)
    ? letterLabels.blocked.closed
    : record.status === 'returned'
      ? letterLabels.blocked.returned
      : !gate.ok
        ? gate.error.message
        : signers.length === 0
          ? letterLabels.blocked.noSigner(signStation.signers ?? [])
          : !addressee.ok
            ? addressee.error.message
            : null;
  return { kind: 'letter', blocked, signers };
}
